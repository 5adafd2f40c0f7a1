import { Checkbox, Div, Footnote, Group, Header, SimpleCell } from '@vkontakte/vkui';
import { DataFlagMarks } from '../../../shared/DataFlagMarks';
import type { DataFlag } from '../../../core/completeness';
import type { RequirementsResult } from '../../../core/requirements';
import { requirementText } from '../requirementText';
import { StatusMark } from '../../../shared/StatusMark';

interface Props {
  requirements: RequirementsResult;
  deductionPerItem: number;
  posWidgetsDeclared: boolean | null;
  onDeclarePosWidgets?: (declared: boolean) => void;
  flags?: readonly DataFlag[];
}

export function RequirementsCard({
  requirements,
  deductionPerItem,
  posWidgetsDeclared,
  onDeclarePosWidgets,
  flags = [],
}: Props) {
  return (
    <Group
      header={
        <Header
          subtitle={`за каждое отсутствующее обязательное — минус ${deductionPerItem} баллов (допущение)`}
        >
          Минимальные требования
        </Header>
      }
    >
      {flags.length > 0 && (
        <Div>
          <DataFlagMarks flags={flags} />
        </Div>
      )}
      {requirements.items.map((item) => {
        const text = requirementText(item.id);
        const tone = item.status === 'ok' ? 'ok' : item.status === 'missing' ? 'bad' : 'unknown';
        const word =
          item.status === 'ok'
            ? item.selfDeclared
              ? 'есть (со слов администратора)'
              : 'есть'
            : item.status === 'missing'
              ? 'нет'
              : item.selfDeclared
                ? 'не отмечено'
                : 'неизвестно';
        return (
          <SimpleCell
            key={item.id}
            multiline
            data-testid={`requirement-${item.id}`}
            subtitle={
              <>
                <StatusMark tone={tone}>{word}</StatusMark>
                {item.status !== 'ok' && <Footnote>{text.fix}</Footnote>}
                {!item.deducted && <Footnote>Рекомендация: баллы не снимаются.</Footnote>}
              </>
            }
          >
            {text.title}
          </SimpleCell>
        );
      })}
      {onDeclarePosWidgets && (
        <Checkbox
          checked={posWidgetsDeclared === true}
          onChange={(event) => onDeclarePosWidgets(event.currentTarget.checked)}
          description="ВКонтакте не сообщает приложениям о виджетах ПОС: отметьте сами, если они установлены."
        >
          Виджеты ПОС установлены
        </Checkbox>
      )}
    </Group>
  );
}

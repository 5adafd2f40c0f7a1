// The viewer's own checklist: one line per condition with its state, and a button to fix what is
// missing. Presentational: the data and the actions come from MyChecklist.
import { Button, Div, FormStatus, Group, Header, SimpleCell } from '@vkontakte/vkui';
import type { ConditionStatus } from '../../../core/giveaway';
import type { MyGiveawayStatus } from '../../../data/giveaway';
import { StatusMark } from '../../../shared/StatusMark';
import { EXCLUSION_TEXT, checkKey, checkLabel, fixLabel } from '../text';
import './checklist.css';

interface Props {
  status: MyGiveawayStatus;
  partnerNames: ReadonlyMap<number, string>;
  /** A re-check is running (after a fix or on request). */
  checking: boolean;
  /** A note after a fix that could not be done in the app (e.g. the post could not be opened). */
  note: React.ReactNode;
  onFix: (status: ConditionStatus) => void;
  onRecheck: () => void;
}

export function ChecklistView({ status, partnerNames, checking, note, onFix, onRecheck }: Props) {
  const met = status.conditions.filter((c) => c.met).length;
  const total = status.conditions.length;
  return (
    <Group
      header={
        <Header multiline subtitle={`Выполнено ${met} из ${total}`}>
          Мои условия
        </Header>
      }
      data-testid="my-checklist"
      aria-busy={checking}
    >
      {status.conditions.map((condition) => {
        const key = checkKey(condition);
        // The fix button sits under its condition, not beside it: on a phone the text keeps the width.
        return (
          <div key={key} data-testid={`my-check-${key}`} data-met={condition.met ? 'true' : 'false'}>
            <SimpleCell multiline>
              <StatusMark tone={condition.met ? 'ok' : 'bad'}>
                {checkLabel(condition, partnerNames)}
                {condition.met ? ' — выполнено' : ' — не выполнено'}
              </StatusMark>
            </SimpleCell>
            {!condition.met && (
              <Div className="checklist__fix">
                <Button
                  size="s"
                  mode="secondary"
                  disabled={checking}
                  onClick={() => onFix(condition)}
                  data-testid={`my-fix-${key}`}
                >
                  {fixLabel(condition)}
                </Button>
              </Div>
            )}
          </div>
        );
      })}
      {status.excluded !== null && (
        <FormStatus mode="error" title="Вы не участвуете" data-testid="my-excluded">
          {EXCLUSION_TEXT[status.excluded]}
        </FormStatus>
      )}
      {status.excluded === null && (
        <Div data-testid="my-verdict">
          {status.eligible
            ? 'Все условия выполнены: вы участвуете. Не отменяйте их до подведения итогов.'
            : 'Выполните все условия до подведения итогов — тогда вы попадёте в список участников.'}
        </Div>
      )}
      {note && <Div data-testid="my-note">{note}</Div>}
      <Div>
        <Button size="m" mode="secondary" loading={checking} onClick={onRecheck} data-testid="my-recheck">
          Проверить ещё раз
        </Button>
      </Div>
    </Group>
  );
}

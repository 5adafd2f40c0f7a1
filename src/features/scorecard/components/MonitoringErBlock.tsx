// The monitoring-grade ER beside the plain one: its figure, each difference in one line, the rules the
// API cannot check, the concentration of reactions and the switch that puts it into the rating.
import { Div, Footnote, Spinner, Switch, SimpleCell, Text, Spacing, Button } from '@vkontakte/vkui';
import { DataFlagMarks } from '../../../shared/DataFlagMarks';
import type { DataFlag } from '../../../core/completeness';
import type { MonitoringEr } from '../../../core/monitoring';
import { formatPercent } from '../../../shared/format';
import { StatusMark } from '../../../shared/StatusMark';
import { describeVkError } from '../../../shared/vk-error-text';
import { differenceText, shareText, UNCHECKED_TEXT } from '../monitoringText';
import type { MonitoringState } from '../useMonitoring';

interface Props {
  state: MonitoringState;
  useForRating: boolean;
  onUseForRatingChange: (on: boolean) => void;
  flags?: readonly DataFlag[];
}

export function MonitoringErBlock({ state, useForRating, onUseForRatingChange, flags = [] }: Props) {
  return (
    <div data-testid="er-monitoring-block">
      <Div>
        <Text weight="2">ER по методике мониторинга</Text>
        {state.status === 'idle' && (
          <>
            <Footnote>
              Без комментариев от имени сообщества и реакций удалённых и заблокированных страниц — так, как
              считает мониторинг. Нужно прочитать списки реакций последних постов.
            </Footnote>
            <Spacing size={8} />
            <Button size="s" mode="secondary" onClick={state.request} data-testid="er-monitoring-request">
              Уточнить
            </Button>
          </>
        )}
        {state.status === 'loading' && (
          <div className="sc-monitoring-loading" data-testid="er-monitoring-loading">
            <Spinner size="s" noColor />
            <Footnote>Читаем лайки, комментарии и репосты последних постов…</Footnote>
          </div>
        )}
        {state.status === 'error' && <MonitoringError error={state.error} onRetry={state.retry} />}
        {state.status === 'ready' && <MonitoringFigures monitoring={state.monitoring} />}
        <DataFlagMarks flags={flags} />
      </Div>
      <SimpleCell
        Component="label"
        multiline
        after={
          <Switch
            checked={useForRating}
            onChange={(e) => onUseForRatingChange(e.currentTarget.checked)}
            data-testid="er-monitoring-switch"
            aria-label="Считать рейтинг по методике мониторинга"
          />
        }
        subtitle={
          useForRating && state.status !== 'ready'
            ? 'Пока списки не прочитаны, рейтинг считается по обычному ER'
            : undefined
        }
      >
        Считать рейтинг по методике мониторинга
      </SimpleCell>
    </div>
  );
}

function MonitoringError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { title, action } = describeVkError(error);
  return (
    <div data-testid="er-monitoring-error">
      <StatusMark tone="unknown">
        Не удалось прочитать списки реакций: {title}. {action} Обычный ER выше посчитан полностью.
      </StatusMark>
      <Spacing size={8} />
      <Button mode="secondary" size="s" onClick={onRetry}>
        Попробовать снова
      </Button>
    </div>
  );
}

function MonitoringFigures({ monitoring: m }: { monitoring: MonitoringEr }) {
  return (
    <>
      <div className="sc-big-number" data-testid="er-monitoring">
        {formatPercent(m.percent)}
      </div>
      <Text>
        Выполнение показателя: <b data-testid="er-monitoring-achievement">{formatPercent(m.achievement)}</b>
      </Text>
      {m.differences.length === 0 ? (
        <Footnote className="sc-footnote">Мониторинг не вычтет ни одной реакции из проверяемых.</Footnote>
      ) : (
        <ul className="sc-monitoring-list">
          {m.differences.map((d) => (
            <li key={d.kind} data-testid="er-difference">
              {differenceText(d)}
            </li>
          ))}
        </ul>
      )}
      <Footnote className="sc-footnote">
        Лайки на комментариях и голоса в опросах не входят ни в одну цифру: ВКонтакте не включает их в
        счётчики поста.
      </Footnote>
      <Spacing size={8} />
      <Text weight="2">Не проверяется</Text>
      <ul className="sc-monitoring-list">
        {m.unchecked.map((rule) => (
          <li key={rule.kind} data-testid="er-unchecked">
            {UNCHECKED_TEXT[rule.kind].rule} — не проверяется: {UNCHECKED_TEXT[rule.kind].reason}.
          </li>
        ))}
      </ul>
      {(m.topTenShare !== null || m.managersShare !== null) && (
        <>
          <Spacing size={8} />
          <Text weight="2">Откуда реакции</Text>
          <ul className="sc-monitoring-list" data-testid="er-concentration">
            {m.topTenShare !== null && (
              <li>10 самых активных аккаунтов — {shareText(m.topTenShare)} засчитанных реакций</li>
            )}
            {m.managersShare !== null && (
              <li>Руководители страницы — {shareText(m.managersShare)} засчитанных реакций</li>
            )}
          </ul>
          <Footnote className="sc-footnote">
            Для сведения: методические письма сами советуют просить коллег поддерживать записи.
          </Footnote>
        </>
      )}
    </>
  );
}

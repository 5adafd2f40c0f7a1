import { Div, Footnote, Group, Header, Text } from '@vkontakte/vkui';
import type { ChildrenSummary } from '../../../core/pages/supervisor-table';
import type { VerdictStatus } from '../../../core/verdict';
import {
  countOf,
  formatDayMonth,
  formatInt,
  formatPercent,
  REACTION_FORMS,
  VIEW_FORMS,
} from '../../../shared/format';
import { StatusMark } from '../../../shared/StatusMark';
import { VERDICT_PLURAL, VERDICT_TONE } from '../../../shared/verdict-text';

/** The order a supervisor reads them in: what is fine, what needs watching, what failed, what is unknown. */
const STATUSES: readonly VerdictStatus[] = ['ok', 'risk', 'fail', 'unknown'];

interface Props {
  summary: ChildrenSummary;
  /** The table's status filter: the count matching it is shown pressed. */
  filter: VerdictStatus | 'all';
  /** Shows only the rows with this status (the same as the table's filter). */
  onFilter: (status: VerdictStatus | 'all') => void;
}

/**
 * The set at a glance: how many pages have each verdict (the rows' own statuses, so the two can never
 * disagree; each count filters the table), then the figures in the regional centre's words.
 */
export function SummaryCard({ summary, filter, onFilter }: Props) {
  return (
    <Group header={<Header>Сводка по подведомственным</Header>}>
      <Div>
        <div className="sup-counts" role="group" aria-label="Страницы по статусу: нажмите, чтобы показать их">
          {STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              className="sup-count"
              data-testid={`summary-${status}`}
              data-count={summary.verdicts[status]}
              aria-pressed={filter === status}
              onClick={() => onFilter(filter === status ? 'all' : status)}
            >
              <StatusMark tone={VERDICT_TONE[status]}>{VERDICT_PLURAL[status]}</StatusMark>
              <span className="sup-count__number">{formatInt(summary.verdicts[status])}</span>
            </button>
          ))}
        </div>
        <Text className="sup-summary__line">
          Вовлечённость (ER) по всем страницам:{' '}
          <b data-testid="summary-er">{formatPercent(summary.er.percent)}</b> (выполнение{' '}
          {formatPercent(summary.er.achievement)}; {countOf(summary.er.reactions, REACTION_FORMS)} ÷{' '}
          {countOf(summary.er.views, VIEW_FORMS)})
        </Text>
        <Text className="sup-summary__line">
          Итоговый рейтинг: <b data-testid="summary-rating">{formatPercent(summary.rating.total)}</b>
        </Text>
        <Footnote className="sup-summary__letter">
          Как в письмах регионального центра: <span data-testid="summary-text">{summary.text}</span>.
          {summary.monthFinalAfter !== null && (
            <span data-testid="summary-month-note">
              {' '}
              Месяц ещё идёт: «выполнили показатель» считает только страницы, у которых уже выполнены все
              четыре периода, поэтому итог месяца будет после {formatDayMonth(summary.monthFinalAfter)}.
            </span>
          )}
        </Footnote>
        {summary.unavailable > 0 && (
          <Footnote className="sup-summary__letter">
            Недоступно страниц: {summary.unavailable}. Страница, выпавшая из выгрузки, считается не
            выполнившей показатель.
          </Footnote>
        )}
      </Div>
    </Group>
  );
}

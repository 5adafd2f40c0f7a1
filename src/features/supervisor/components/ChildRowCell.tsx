import { Avatar, Button, SimpleCell } from '@vkontakte/vkui';
import { Fragment } from 'react';
import type { FrequencyPeriod, FrequencyResult } from '../../../core/frequency';
import type { RequirementsResult } from '../../../core/requirements';
import { waitStatus } from '../../../core/replies';
import {
  rowVerdict,
  unavailableText,
  type RowReplies,
  type SupervisorRow,
} from '../../../core/pages/supervisor-table';
import type { Verdict } from '../../../core/verdict';
import { DataFlagMarks } from '../../../shared/DataFlagMarks';
import { formatPercent } from '../../../shared/format';
import { StatusMark, WAIT_TONE, type Tone } from '../../../shared/StatusMark';
import { reasonParts, verdictNote } from '../../../shared/verdict-text';
import { VerdictMark } from '../../../shared/VerdictMark';
import { describeVkError } from '../../../shared/vk-error-text';
import type { RefineState } from '../session';
import { CATEGORY_SHORT, rowRepliesParts } from '../text';

interface Props {
  row: SupervisorRow;
  onOpen: () => void;
  /** The row's «Уточнить» in progress or failed (undefined otherwise). */
  refine: RefineState | undefined;
  onRefine: () => void;
  /** Its figures are from before the running refresh: shown dimmed until the new ones arrive. */
  pending?: boolean;
  /** Its replies read again on their own, or why they failed (undefined otherwise). */
  replies?: RefineState | undefined;
  onRetryReplies?: () => void;
}

/**
 * One subordinate page: the verdict by word and icon as well as colour, what is wrong in a few words,
 * then its figures at a glance. The page's name is the button that opens it, stretched over the whole
 * row (so the row opens on a tap anywhere), while «Уточнить» and the data marks stay buttons of their
 * own above it: no control inside another.
 */
export function ChildRowCell({
  row,
  onOpen,
  refine,
  onRefine,
  pending = false,
  replies,
  onRetryReplies = () => {},
}: Props) {
  const verdict = rowVerdict(row);
  return (
    <SimpleCell
      multiline
      className={pending ? 'sup-row sup-row--pending' : 'sup-row'}
      data-testid="child-row"
      data-child-id={row.id}
      data-status={verdict.status}
      data-pending={pending || undefined}
      before={<Avatar size={40} src={row.photo ?? undefined} alt="" initials={row.name.slice(0, 1)} />}
      subtitle={
        <>
          <span className="sup-row__verdict" data-testid="child-verdict">
            <VerdictMark status={verdict.status} />
            <WhatIsWrong row={row} verdict={verdict} />
          </span>
          {row.state === 'ok' && (
            <>
              <span className="sup-row__figures">
                {row.category !== 'active' && <Figure>{CATEGORY_SHORT[row.category]}</Figure>}
                <Figure>
                  ER {formatPercent(row.scorecard.er.percent)}
                  {row.monitoring && (
                    <span data-testid="child-er-monitoring">
                      {' '}
                      (по методике мониторинга {formatPercent(row.monitoring.percent)})
                    </span>
                  )}
                </Figure>
                {row.scorecard.frequency.assessed && (
                  <Figure>посты {periodsShort(row.scorecard.frequency)}</Figure>
                )}
                <Figure>требования {requirementsShort(row.scorecard.requirements)}</Figure>
                <Figure>
                  рейтинг <span data-testid="child-rating">{formatPercent(row.scorecard.rating.total)}</span>
                </Figure>
              </span>
              {row.replies ? (
                <RepliesLine replies={row.replies} />
              ) : (
                replies && <RepliesRetry state={replies} onRetry={onRetryReplies} />
              )}
              <span className="sup-row__extras">
                {!row.monitoring && <RefineAction state={refine} onRefine={onRefine} />}
                <DataFlagMarks flags={row.flags} />
              </span>
            </>
          )}
        </>
      }
    >
      <button type="button" className="sup-row__open" data-testid="child-open" onClick={onOpen}>
        {row.name}
      </button>
    </SimpleCell>
  );
}

/** One figure: never broken across lines; the figures wrap between each other. */
function Figure({ children }: { children: React.ReactNode }) {
  return <span className="sup-row__figure">{children}</span>;
}

/**
 * Beside the word: the failing or at-risk indicators, or why there are no figures (a deleted or
 * banned page's reason already says so).
 */
function WhatIsWrong({ row, verdict }: { row: SupervisorRow; verdict: Verdict }) {
  let parts = reasonParts(verdict.reasons);
  if (parts.length === 0 && row.state === 'unavailable') parts = [unavailableText(row)];
  if (parts.length === 0 && verdict.status === 'unknown' && row.state === 'ok') {
    const note = verdictNote(row.scorecard);
    if (note) parts = [note];
  }
  if (parts.length === 0) return null;
  // reasonsLine's parts, each kept whole where it fits: a line breaks between them first.
  return (
    <span className="sup-row__reasons" data-testid="child-reasons">
      {parts.map((part, i) => {
        const last = i === parts.length - 1;
        return (
          <Fragment key={i}>
            <span className="sup-row__reason">
              {unbreakable(part)}
              {!last && ' ·'}
            </span>
            {!last && ' '}
          </Fragment>
        );
      })}
    </span>
  );
}

/** «3-й период»: the ordinal's hyphen must not end a line («3-» / «й период»). */
function unbreakable(text: string): string {
  return text.replace(/(\d)-(?=[а-яё])/g, '$1\u2011');
}

/** A page with figures but no verdict yet: which figure is missing. */
/** «3/4/1/— из 3»: published per period, «—» for a period not started, «н/д» out of the export. */
function periodsShort(frequency: FrequencyResult): string {
  const cell = (p: FrequencyPeriod) =>
    p.status === 'upcoming' ? '—' : p.status === 'unavailable' ? 'н/д' : String(p.published);
  return `${frequency.periods.map(cell).join('/')} из ${frequency.threshold ?? 0}`;
}

/** «Уточнить ER»: the monitoring-grade ER costs a few requests per page, so it is read on request. */
function RefineAction({ state, onRefine }: { state: RefineState | undefined; onRefine: () => void }) {
  const failed = state?.status === 'error' ? describeVkError(state.error) : null;
  return (
    <div className="child-refine">
      {failed && (
        <StatusMark tone="unknown">
          Не удалось уточнить ER: {failed.title.toLowerCase()}. {failed.action}
        </StatusMark>
      )}
      <Button
        size="s"
        mode="link"
        loading={state?.status === 'loading'}
        data-testid="child-refine"
        onClick={(event) => {
          // The row opens the page; this button only refines its figures.
          event.stopPropagation();
          onRefine();
        }}
      >
        {failed ? 'Попробовать снова' : 'Уточнить ER по методике мониторинга'}
      </Button>
    </div>
  );
}

/**
 * «Ждут ответа: 5, дольше всех 2 дня · медиана ответа 3 ч 5 мин»: the status in the wait's colour
 * (red after a day), the rest as figures; each part whole, the line breaks between them.
 */
function RepliesLine({ replies }: { replies: RowReplies }) {
  const [status, ...rest] = rowRepliesParts(replies);
  const tone: Tone = replies.comments === 0 ? 'unknown' : WAIT_TONE[waitStatus(replies.oldestWaitingMinutes)];
  return (
    <span className="sup-row__replies" data-testid="child-replies" data-tone={tone}>
      <StatusMark tone={tone}>{status}</StatusMark>
      {rest.map((part) => (
        <Fragment key={part}>
          {' '}
          <span className="sup-row__figure">· {part}</span>
        </Fragment>
      ))}
    </span>
  );
}

/** The replies of this page could not be read (the rest of the table was): say so, offer a retry. */
function RepliesRetry({ state, onRetry }: { state: RefineState; onRetry: () => void }) {
  return (
    <span className="sup-row__replies child-replies-retry" data-testid="child-replies-failed">
      {state.status === 'error' && (
        <StatusMark tone="unknown">
          Ответы подписчикам: не удалось прочитать. {describeVkError(state.error).title}
        </StatusMark>
      )}
      <Button
        size="s"
        mode="link"
        loading={state.status === 'loading'}
        data-testid="child-replies-retry"
        onClick={(event) => {
          // The row opens the page; this button only reads its replies again.
          event.stopPropagation();
          onRetry();
        }}
      >
        Попробовать снова
      </Button>
    </span>
  );
}

/** «4 из 6, 2 неизв.»: only items known to be there count as met. */
function requirementsShort(requirements: RequirementsResult): string {
  const ok = requirements.items.filter((item) => item.status === 'ok').length;
  const unknown = requirements.unknownCount > 0 ? `, ${requirements.unknownCount} неизв.` : '';
  return `${ok} из ${requirements.items.length}${unknown}`;
}

import { Avatar, Button, SimpleCell } from '@vkontakte/vkui';
import type { RequirementsResult } from '../../../core/requirements';
import { isFailing, unavailableText, type SupervisorRow } from '../../../core/pages/supervisor-table';
import { DataFlagMarks } from '../../../shared/DataFlagMarks';
import { formatPercent } from '../../../shared/format';
import { StatusMark } from '../../../shared/StatusMark';
import { describeVkError } from '../../../vk/error-messages';
import type { RefineState } from '../session';
import { CATEGORY_SHORT } from '../text';

interface Props {
  row: SupervisorRow;
  onOpen: () => void;
  /** The row's «Уточнить» in progress or failed (undefined otherwise). */
  refine: RefineState | undefined;
  onRefine: () => void;
}

/** One subordinate page: its figures at a glance, status by icon and word as well as colour. */
export function ChildRowCell({ row, onOpen, refine, onRefine }: Props) {
  const failing = isFailing(row);
  return (
    <SimpleCell
      multiline
      onClick={onOpen}
      data-testid="child-row"
      data-child-id={row.id}
      before={<Avatar size={40} src={row.photo ?? undefined} initials={row.name.slice(0, 1)} />}
      subtitle={
        <>
          {row.state === 'ok' ? (
            <>
              {CATEGORY_SHORT[row.category]} · ER {formatPercent(row.scorecard.er.percent)}
              {row.monitoring && (
                <span data-testid="child-er-monitoring">
                  {' '}
                  (по методике мониторинга {formatPercent(row.monitoring.percent)})
                </span>
              )}{' '}
              · периоды {row.scorecard.frequency.periods.map((p) => p.published).join(' / ')} · требования{' '}
              {requirementsShort(row.scorecard.requirements)} · рейтинг{' '}
              <span data-testid="child-rating">{formatPercent(row.scorecard.rating.total)}</span>
              <div>
                <StatusMark tone={failing ? 'bad' : 'ok'}>
                  {failing ? 'не выполняет показатели' : 'в норме'}
                </StatusMark>
              </div>
              {!row.monitoring && <RefineAction state={refine} onRefine={onRefine} />}
              <DataFlagMarks flags={row.flags} />
            </>
          ) : (
            // The sentence already names the page's state (the export carries it as a flag too).
            <StatusMark tone="bad">{unavailableText(row)}</StatusMark>
          )}
        </>
      }
    >
      {row.name}
    </SimpleCell>
  );
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
        mode="tertiary"
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

/** «4 из 6, 2 неизвестно»: only items known to be there count as met. */
function requirementsShort(requirements: RequirementsResult): string {
  const ok = requirements.items.filter((item) => item.status === 'ok').length;
  const unknown = requirements.unknownCount > 0 ? `, ${requirements.unknownCount} неизв.` : '';
  return `${ok} из ${requirements.items.length}${unknown}`;
}

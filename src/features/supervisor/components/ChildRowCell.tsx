import { Avatar, SimpleCell } from '@vkontakte/vkui';
import type { RequirementsResult } from '../../../core/requirements';
import { isFailing, unavailableText, type SupervisorRow } from '../../../core/pages/supervisor-table';
import { formatPercent } from '../../../shared/format';
import { StatusMark } from '../../../shared/StatusMark';
import { CATEGORY_SHORT } from '../text';

/** One subordinate page: its figures at a glance, status by icon and word as well as colour. */
export function ChildRowCell({ row, onOpen }: { row: SupervisorRow; onOpen: () => void }) {
  const failing = isFailing(row);
  return (
    <SimpleCell
      multiline
      onClick={onOpen}
      data-testid="child-row"
      data-child-id={row.id}
      before={<Avatar size={40} src={row.photo ?? undefined} initials={row.name.slice(0, 1)} />}
      subtitle={
        row.state === 'ok' ? (
          <>
            {CATEGORY_SHORT[row.category]} · ER {formatPercent(row.scorecard.er.percent)} · периоды{' '}
            {row.scorecard.frequency.periods.map((p) => p.published).join(' / ')} · требования{' '}
            {requirementsShort(row.scorecard.requirements)} · рейтинг{' '}
            {formatPercent(row.scorecard.rating.total)}
            <div>
              <StatusMark tone={failing ? 'bad' : 'ok'}>
                {failing ? 'не выполняет показатели' : 'в норме'}
              </StatusMark>
            </div>
          </>
        ) : (
          <StatusMark tone="bad">{unavailableText(row)}</StatusMark>
        )
      }
    >
      {row.name}
    </SimpleCell>
  );
}

/** «4 из 6, 2 неизвестно»: only items known to be there count as met. */
function requirementsShort(requirements: RequirementsResult): string {
  const ok = requirements.items.filter((item) => item.status === 'ok').length;
  const unknown = requirements.unknownCount > 0 ? `, ${requirements.unknownCount} неизв.` : '';
  return `${ok} из ${requirements.items.length}${unknown}`;
}

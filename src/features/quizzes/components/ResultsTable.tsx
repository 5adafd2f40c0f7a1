import { Div, Group, Header, Link, SimpleCell } from '@vkontakte/vkui';
import { useCallback } from 'react';
import { useServices } from '../../../shared/services';
import { fetchNames } from '../../../data/wall';
import { countOf } from '../../../shared/format';
import { useLoad } from '../../../shared/useLoad';
import { scoreText, timeText } from '../text';

export interface ResultRow {
  userId: number;
  correct: number;
  timeMs: number;
  place: number;
}

const PARTICIPANTS = ['участник', 'участника', 'участников'] as const;

/** Long lists are cut on screen; the full list is in the admin's record and the recount. */
const SHOWN_MAX = 100;

/** Place, name, correct answers of N and the time, best first; names when VK gives them. */
export function ResultsTable({
  rows,
  questions,
  title = 'Результаты',
  highlight,
}: {
  rows: readonly ResultRow[];
  questions: number;
  title?: string;
  /** The viewer: their line is marked. */
  highlight?: number;
}) {
  const { api } = useServices();
  const shown = rows.slice(0, SHOWN_MAX);
  // By the ids, not the array: a caller's fresh array must not start a new read.
  const ids = shown.map((r) => r.userId).join(',');
  const read = useCallback(() => fetchNames(api, ids === '' ? [] : ids.split(',').map(Number)), [api, ids]);
  const { state } = useLoad(read);
  const names = state.status === 'ready' ? state.value : new Map<number, string>();
  return (
    <Group header={<Header multiline>{title}</Header>} data-testid="quiz-results">
      {rows.length === 0 && <Div>Засчитанных ответов нет.</Div>}
      {shown.map((row) => (
        <SimpleCell
          key={row.userId}
          multiline
          before={<b style={{ minWidth: 28, display: 'inline-block' }}>{row.place}</b>}
          subtitle={`${scoreText(row.correct, questions)} · ${timeText(row.timeMs)}${row.userId === highlight ? ' · это вы' : ''}`}
          data-testid="quiz-result-row"
          data-user-id={row.userId}
          data-place={row.place}
        >
          <Link href={`https://vk.com/id${row.userId}`} target="_blank" rel="noreferrer">
            {names.get(row.userId) ?? `id${row.userId}`}
          </Link>
        </SimpleCell>
      ))}
      {rows.length > SHOWN_MAX && <Div>И ещё {countOf(rows.length - SHOWN_MAX, PARTICIPANTS)}.</Div>}
    </Group>
  );
}

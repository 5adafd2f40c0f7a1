// The top of the table: place, avatar, name, points and the counted actions behind them.
import { Avatar, Button, Div, SimpleCell, VisuallyHidden } from '@vkontakte/vkui';
import { useMemo, useState } from 'react';
import { rowPlaces, type LeaderboardEntry } from '../../../core/leaderboard';
import { breakdownText, pointsText } from '../text';
import { personOf, type Person } from './Person';

/** Rows shown before «Показать ещё»: enough for the top, few enough to scroll past to the rules. */
export const ROWS_STEP = 20;

export function LeaderboardRows({
  entries,
  people,
  meId,
}: {
  entries: readonly LeaderboardEntry[];
  people: ReadonlyMap<number, Person>;
  /** The viewer, highlighted when in the shown rows. */
  meId: number;
}) {
  const [shown, setShown] = useState(ROWS_STEP);
  const rest = entries.length - shown;
  // A tie's places are named once, on its first row («2–35»): ten «1» in a column read as a bug.
  const places = useMemo(() => rowPlaces(entries), [entries]);
  return (
    <>
      {entries.slice(0, shown).map((entry, i) => (
        <LeaderboardRow
          key={entry.userId}
          entry={entry}
          place={places[i] ?? { shown: String(entry.place), spoken: `${entry.place} место` }}
          person={personOf(people, entry.userId)}
          me={entry.userId === meId}
        />
      ))}
      {rest > 0 && (
        <Div>
          <Button
            size="m"
            mode="secondary"
            stretched
            onClick={() => setShown((n) => n + ROWS_STEP)}
            data-testid="lb-more"
          >
            Показать ещё {Math.min(rest, ROWS_STEP)} из {rest}
          </Button>
        </Div>
      )}
    </>
  );
}

export function LeaderboardRow({
  entry,
  place,
  person,
  me,
}: {
  entry: LeaderboardEntry;
  /** What the place column shows (empty after a tie's first row) and says to screen readers. */
  place: { shown: string; spoken: string };
  person: Person;
  me: boolean;
}) {
  return (
    <SimpleCell
      multiline
      className={me ? 'lb-row--me' : undefined}
      before={
        <span className="lb-before">
          <span className="lb-place">
            <span aria-hidden>{place.shown}</span>
            <VisuallyHidden>{place.spoken}</VisuallyHidden>
          </span>
          <Avatar size={40} src={person.photo ?? undefined} initials={person.name.slice(0, 1)} alt="" />
        </span>
      }
      after={<span className="lb-points">{pointsText(entry.points)}</span>}
      subtitle={me ? `${breakdownText(entry)} · это вы` : breakdownText(entry)}
      data-testid="lb-row"
      data-user-id={entry.userId}
      data-place={entry.place}
      data-points={entry.points}
      data-name={person.name}
    >
      {person.name}
    </SimpleCell>
  );
}

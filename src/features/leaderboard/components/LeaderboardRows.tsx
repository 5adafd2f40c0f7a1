// The top of the table: place, avatar, name, points and the counted actions behind them.
import { Avatar, Button, Div, SimpleCell } from '@vkontakte/vkui';
import { useState } from 'react';
import type { LeaderboardEntry } from '../../../core/leaderboard';
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
  return (
    <>
      {entries.slice(0, shown).map((entry) => (
        <LeaderboardRow
          key={entry.userId}
          entry={entry}
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
  person,
  me,
}: {
  entry: LeaderboardEntry;
  person: Person;
  me: boolean;
}) {
  return (
    <SimpleCell
      multiline
      className={me ? 'lb-row--me' : undefined}
      before={
        <span className="lb-before">
          <span className="lb-place" aria-label={`${entry.place} место`}>
            {entry.place}
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

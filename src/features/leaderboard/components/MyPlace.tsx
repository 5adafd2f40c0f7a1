// The viewer's own place, pinned above the table: place, points, the counted actions and how many
// points the next better place is away. Absent viewers learn why (not subscribed, an admin, no
// counted actions yet) and what earns points.
import { Avatar, Button, Div, Group, Header, SimpleCell } from '@vkontakte/vkui';
import {
  placeOf,
  placeRange,
  pointsToNextPlace,
  tieGroups,
  type LeaderboardEntry,
} from '../../../core/leaderboard';
import { canManage, type ViewerRole } from '../../../core/roles';
import { breakdownText, gapText, pointsText } from '../text';
import { personOf, type Person } from './Person';

export type ViewerStanding = 'member' | 'manager' | 'outsider';

/** Managers (moderators too) never rank; members do; others must subscribe first. */
export function standingOf(role: ViewerRole): ViewerStanding {
  if (canManage(role) || role === 'moder') return 'manager';
  return role === 'member' ? 'member' : 'outsider';
}

export function MyPlace({
  entries,
  userId,
  people,
  standing,
  onOpenPost,
}: {
  entries: readonly LeaderboardEntry[];
  userId: number;
  people: ReadonlyMap<number, Person>;
  standing: ViewerStanding;
  /** Opens the period's newest post (where points are earned); null when there is none. */
  onOpenPost: (() => void) | null;
}) {
  const entry = placeOf(entries, userId);
  if (entry === null) return <NotRanked standing={standing} onOpenPost={onOpenPost} />;
  const person = personOf(people, userId);
  const gap = pointsToNextPlace(entries, userId);
  const place = placeRange(
    tieGroups(entries).find((g) => g.from === entry.place) ?? { from: entry.place, to: entry.place },
  );
  return (
    <Group header={<Header multiline>Моё место</Header>}>
      <div data-testid="lb-me" data-place={entry.place} data-points={entry.points}>
        <SimpleCell
          multiline
          className="lb-row--me"
          before={
            <span className="lb-before">
              <span className="lb-place">{place}</span>
              <Avatar size={48} src={person.photo ?? undefined} initials={person.name.slice(0, 1)} alt="" />
            </span>
          }
          after={<span className="lb-points">{pointsText(entry.points)}</span>}
          subtitle={breakdownText(entry)}
        >
          {place} место
        </SimpleCell>
        <Div data-testid="lb-next-gap" data-gap={gap ?? ''}>
          {gapText(gap, entry)}
        </Div>
      </div>
    </Group>
  );
}

const NOT_RANKED: Record<ViewerStanding, { title: string; text: string }> = {
  member: {
    title: 'Вас пока нет в рейтинге',
    text: 'Ставьте лайки, комментируйте и делитесь записями сообщества, опубликованными в этом периоде: очки появятся после обновления.',
  },
  manager: {
    title: 'Администраторы не участвуют',
    text: 'Руководители сообщества не попадают в рейтинг: он для подписчиков.',
  },
  outsider: {
    title: 'Рейтинг — для подписчиков',
    text: 'Подпишитесь на сообщество: очки начисляются только подписчикам.',
  },
};

function NotRanked({ standing, onOpenPost }: { standing: ViewerStanding; onOpenPost: (() => void) | null }) {
  const { title, text } = NOT_RANKED[standing];
  return (
    <Group header={<Header multiline>Моё место</Header>}>
      <SimpleCell multiline subtitle={text} data-testid="lb-me-absent" data-standing={standing}>
        {title}
      </SimpleCell>
      {standing === 'member' && onOpenPost && (
        <Div>
          <Button size="m" mode="secondary" onClick={onOpenPost} data-testid="lb-open-post">
            Открыть последнюю запись
          </Button>
        </Div>
      )}
    </Group>
  );
}

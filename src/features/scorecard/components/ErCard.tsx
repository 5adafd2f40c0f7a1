import { DataFlagMarks } from '../../../shared/DataFlagMarks';
import type { DataFlag } from '../../../core/completeness';
import {
  Icon16CommentOutline,
  Icon16LikeOutline,
  Icon16ShareOutline,
  Icon16ViewOutline,
} from '@vkontakte/icons';
import { Div, Footnote, Group, Header, SimpleCell, Text } from '@vkontakte/vkui';
import type { ErResult } from '../../../core/er';
import {
  countOf,
  formatDateTime,
  formatInt,
  formatPercent,
  plural,
  REACTION_FORMS,
  VIEW_FORMS,
} from '../../../shared/format';
import { Meter, StatusMark } from '../../../shared/StatusMark';

const POSTS = ['пост', 'поста', 'постов'] as const;

interface Props {
  er: ErResult;
  timeZone: string;
  /** Shown under the plain figure (the monitoring-grade ER). */
  children?: React.ReactNode;
  flags?: readonly DataFlag[];
}

export function ErCard({ er, timeZone, children, flags = [] }: Props) {
  const reached = er.percent !== null && er.reactionsNeeded === 0;
  return (
    <Group
      header={
        <Header subtitle={`по последним ${countOf(er.sampleSize, POSTS)}, без репостов`}>
          Вовлечённость (ER)
        </Header>
      }
    >
      <Div>
        <div className="sc-big-number" data-testid="er-percent">
          {formatPercent(er.percent)}
        </div>
        <DataFlagMarks flags={flags} />
        <Text>
          Выполнение показателя: <b data-testid="er-achievement">{formatPercent(er.achievement)}</b> (цель —{' '}
          {formatPercent(er.targetPercent)})
        </Text>
        <Meter value={er.achievement} tone={reached ? 'ok' : 'bad'} label="Выполнение ER" />
        {er.percent === null ? (
          <StatusMark tone="unknown">
            {er.posts.length === 0
              ? 'Нет собственных постов: посчитать ER не из чего'
              : 'ВКонтакте не сообщил просмотры этих постов: ER не считается'}
          </StatusMark>
        ) : reached ? (
          <StatusMark tone="ok">Цель достигнута</StatusMark>
        ) : (
          <StatusMark tone="bad">
            Не хватает <span data-testid="er-reactions-needed">{formatInt(er.reactionsNeeded ?? 0)}</span>{' '}
            {plural(er.reactionsNeeded ?? 0, REACTION_FORMS)} до цели
          </StatusMark>
        )}
        <Footnote className="sc-footnote">
          {countOf(er.reactions, REACTION_FORMS)} (лайки, комментарии, репосты) ÷{' '}
          {er.views === null ? '— просмотров' : countOf(er.views, VIEW_FORMS)} × 100
        </Footnote>
      </Div>
      {children}
      {er.posts.map((post) => (
        <SimpleCell
          key={`${post.ownerId}_${post.id}`}
          multiline
          subtitle={
            <span className="sc-post-stats">
              <span title="Лайки">
                <Icon16LikeOutline aria-hidden /> {formatInt(post.likes)}
              </span>
              <span title="Комментарии">
                <Icon16CommentOutline aria-hidden /> {formatInt(post.comments)}
              </span>
              <span title="Репосты">
                <Icon16ShareOutline aria-hidden /> {formatInt(post.reposts)}
              </span>
              <span title="Просмотры">
                <Icon16ViewOutline aria-hidden /> {post.views === null ? '—' : formatInt(post.views)}
              </span>
            </span>
          }
          href={`https://vk.com/wall${post.ownerId}_${post.id}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {formatDateTime(post.date, timeZone)}
          {post.pinned ? ' · закреплён' : ''} — {post.text.trim() ? post.text.slice(0, 80) : 'без текста'}
        </SimpleCell>
      ))}
    </Group>
  );
}

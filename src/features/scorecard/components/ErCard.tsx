// Engagement: one figure, the one the rating counts (the monitoring-grade ER once read, else the plain
// one), with its gap to the target. The other figure, the differences and the posts wait in
// «Подробнее».
import {
  Icon16CommentOutline,
  Icon16LikeOutline,
  Icon16ShareOutline,
  Icon16ViewOutline,
} from '@vkontakte/icons';
import { Accordion, Div, Footnote, Group, Header, SimpleCell, Text } from '@vkontakte/vkui';
import type { DataFlag } from '../../../core/completeness';
import type { ErResult, RatingEr } from '../../../core/er';
import { DataFlagMarks } from '../../../shared/DataFlagMarks';
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
  /** The figure the rating counts. */
  ratingEr: RatingEr;
  /** The plain ER (its sample and counters). */
  er: ErResult;
  timeZone: string;
  /** The monitoring-grade block (its figure, differences, the switch), inside «Подробнее». */
  children?: React.ReactNode;
  flags?: readonly DataFlag[];
}

export function ErCard({ ratingEr, er, timeZone, children, flags = [] }: Props) {
  const reached = ratingEr.percent !== null && ratingEr.reactionsNeeded === 0;
  const monitoring = ratingEr.source === 'monitoring';
  return (
    <Group
      data-testid="er-card"
      header={
        <Header
          multiline
          subtitle={`${monitoring ? 'по методике мониторинга, ' : ''}последние ${countOf(er.sampleSize, POSTS)} без репостов`}
        >
          Вовлечённость (ER)
        </Header>
      }
    >
      <Div>
        <div className="sc-big-number" data-testid="er-percent" data-source={ratingEr.source}>
          {formatPercent(ratingEr.percent)}
        </div>
        <DataFlagMarks flags={flags} />
        <Text>
          Выполнение показателя: <b data-testid="er-achievement">{formatPercent(ratingEr.achievement)}</b>{' '}
          (цель — {formatPercent(ratingEr.targetPercent)})
        </Text>
        <Meter value={ratingEr.achievement} tone={reached ? 'ok' : 'bad'} label="Выполнение вовлечённости" />
        {ratingEr.percent === null ? (
          <StatusMark tone="unknown">
            {er.posts.length === 0
              ? 'Нет собственных постов: вовлечённость не из чего посчитать'
              : 'ВКонтакте не сообщил просмотры этих постов: вовлечённость не считается'}
          </StatusMark>
        ) : reached ? (
          <StatusMark tone="ok">Цель достигнута</StatusMark>
        ) : (
          <StatusMark tone="bad">
            Не хватает{' '}
            <span data-testid="er-reactions-needed">{formatInt(ratingEr.reactionsNeeded ?? 0)}</span>{' '}
            {plural(ratingEr.reactionsNeeded ?? 0, REACTION_FORMS)} до цели
          </StatusMark>
        )}
        <Footnote className="sc-footnote">
          {countOf(ratingEr.reactions, REACTION_FORMS)} (лайки, комментарии, репосты) ÷{' '}
          {ratingEr.views === null ? '— просмотров' : countOf(ratingEr.views, VIEW_FORMS)} × 100. Считается по
          просмотрам, как в мониторинге, а не по числу подписчиков, как в коммерческих сервисах.
        </Footnote>
      </Div>
      {/* Unmounted while closed: hidden links must not take keyboard focus. */}
      <Accordion unmountOnCollapsed>
        <Accordion.Summary data-testid="er-details">Подробнее о расчёте</Accordion.Summary>
        <Accordion.Content>
          {monitoring && (
            <Div>
              <Text>
                Обычный ER, без поправок мониторинга:{' '}
                <b data-testid="er-plain">{formatPercent(er.percent)}</b>
              </Text>
            </Div>
          )}
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
        </Accordion.Content>
      </Accordion>
    </Group>
  );
}

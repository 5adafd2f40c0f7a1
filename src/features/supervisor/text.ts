import type { RowReplies } from '../../core/pages/supervisor-table';
import type { Category } from '../../core/types';
import { countOf, formatInt, formatWait, plural } from '../../shared/format';

export const CATEGORY_SHORT: Record<Category, string> = {
  flagship: 'флагманский',
  active: 'активный',
  card: 'визитка',
};

const PAGES = ['страница', 'страницы', 'страниц'] as const;
const LOADING = ['загружается', 'загружаются', 'загружаются'] as const;

/** «Ещё 1 страница загружается…», «Ещё 5 страниц загружаются…» (the verb agrees with the number). */
export function remainingText(n: number): string {
  return `Ещё ${countOf(n, PAGES)} ${plural(n, LOADING)}…`;
}

/**
 * When the figures on screen were read, in the viewer's own clock: with «в», «в 14:05» today and
 * «17 ноября в 14:05» on another day; with «на», «на 14:05» and «на 17 ноября, 14:05». `then` and
 * `now` are unix seconds; `timeZone` is for tests (the device's zone otherwise).
 */
export function clockTime(then: number, now: number, preposition: 'в' | 'на', timeZone?: string): string {
  const zone = timeZone === undefined ? {} : { timeZone };
  const dayFormat = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', ...zone });
  const time = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit', ...zone }).format(
    then * 1000,
  );
  const day = dayFormat.format(then * 1000);
  const today = day === dayFormat.format(now * 1000);
  if (preposition === 'в') return today ? `в ${time}` : `${day} в ${time}`;
  return today ? `на ${time}` : `на ${day}, ${time}`;
}

/** «из 1 страницы», «из 5 страниц», «для 21 страницы»: the genitive after a number. */
const PAGES_OF = ['страницы', 'страниц', 'страниц'] as const;
const POSTS_UNDER = ['постом', 'постами', 'постами'] as const;
const MINUTES_ABOUT = ['минуты', 'минут', 'минут'] as const;

/**
 * The replies read in words: «Считаем ответы подписчикам: прочитано 40 из 250 страниц» while it runs,
 * «Остановлено: прочитано 40 из 250 страниц», «Ответы подписчикам посчитаны для 250 страниц».
 */
export function repliesProgressText(p: { running: boolean; stopped: boolean; done: number; total: number }) {
  const count = `прочитано ${formatInt(p.done)} из ${countOf(p.total, PAGES_OF)}`;
  if (p.running) return `Считаем ответы подписчикам: ${count}`;
  if (p.stopped) return `Остановлено: ${count}`;
  return `Ответы подписчикам посчитаны для ${countOf(p.done, PAGES_OF)}`;
}

/** What a read will cost: «Прочитаем комментарии под 120 постами, это около 2 минут». */
export function repliesCostText({ posts, seconds }: { posts: number; seconds: number }): string {
  if (posts === 0) return 'Под постами этого месяца комментариев нет: читать почти нечего.';
  const time = seconds < 60 ? 'меньше минуты' : `около ${countOf(Math.ceil(seconds / 60), MINUTES_ABOUT)}`;
  return `Прочитаем комментарии под ${countOf(posts, POSTS_UNDER)}, это ${time}.`;
}

/**
 * A row's replies in words, the first part its status: «Ждут ответа: 5, дольше всех 2 дня», «медиана
 * ответа 3 ч 5 мин», and «прочитаны не все комментарии» when the counts are lower bounds.
 */
export function rowRepliesParts(r: RowReplies): [string, ...string[]] {
  const partial = r.complete ? [] : ['прочитаны не все комментарии'];
  if (r.comments === 0) return ['Комментариев подписчиков за месяц нет', ...partial];
  const median =
    r.medianReplyMinutes === null ? 'ответов не было' : `медиана ответа ${formatWait(r.medianReplyMinutes)}`;
  if (r.unanswered === 0) return ['Никто не ждёт ответа', median, ...partial];
  const oldest = r.oldestWaitingMinutes === null ? '' : `, дольше всех ${formatWait(r.oldestWaitingMinutes)}`;
  return [`Ждут ответа: ${formatInt(r.unanswered)}${oldest}`, median, ...partial];
}

/** «Дочитать ответы: ещё 5 страниц». */
export function readMoreText(n: number): string {
  return `Дочитать ответы: ещё ${countOf(n, PAGES)}`;
}

/** «Не удалось прочитать 3 страницы: попробуйте снова в их строках». */
export function repliesFailedText(n: number): string {
  return `Не удалось прочитать ${countOf(n, ['страницу', 'страницы', 'страниц'])}: попробуйте снова в ${n === 1 ? 'её строке' : 'их строках'}.`;
}

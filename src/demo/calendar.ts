// The world's calendar: Moscow-time days, the three-month window, and the arrival model of comments.

/** Moscow time: day boundaries of the world's calendar. */
export const MSK_OFFSET = 3 * 3600;
export const DAY = 86400;
/** Day numbers count from 2015-01-01 for post ids: ids stay stable whatever `now` is. */
export const EPOCH_DAY = 16436;
export const IDS_PER_DAY = 1000;
/** Days ahead for which scheduling pages have postponed posts. */
export const SCHEDULE_HORIZON_DAYS = 10;
/** Comment arrival and view growth time constants. */
export const VIEW_TAU = 12 * 3600;
export const COMMENT_TAU = 8 * 3600;
export const MAX_COMMENTS = 160;

export const dayOf = (unix: number) => Math.floor((unix + MSK_OFFSET) / DAY);
export const dayStart = (day: number) => day * DAY - MSK_OFFSET;

/** The first day of the month three months before `now`'s month (Moscow time). */
export function windowStartDay(now: number): number {
  const d = new Date(dayOf(now) * DAY * 1000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 3, 1) / 1000 / DAY;
}

/** The date of the k-th of `total` comments under a post (arrivals thin out exponentially). */
export function commentDate(postDate: number, k: number, total: number): number {
  return postDate + 60 + Math.floor(-COMMENT_TAU * Math.log(1 - (k + 0.5) / total));
}

/** How many of `total` comments under a post are dated at or before `now`. */
export function visibleComments(postDate: number, total: number, now: number): number {
  if (total <= 0) return 0;
  // Closed form of the arrival model, then a step or two to correct floating-point edges.
  const share = 1 - Math.exp(-(now - postDate - 60 + 1) / COMMENT_TAU);
  let n = Math.min(total, Math.max(0, Math.ceil(total * share - 0.5)));
  while (n > 0 && commentDate(postDate, n - 1, total) > now) n--;
  while (n < total && commentDate(postDate, n, total) <= now) n++;
  return n;
}

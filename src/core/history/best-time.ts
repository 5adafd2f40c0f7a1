// Best time to post: the ER of the page's own posts by weekday and hour (the page's zone) over the
// history window, and the three best slots.
//
// Rules (docs/history.md):
// - a post counts when the ER sample may take it (core/er isErEligible), VK gave its views, it was
//   published inside the window and at least `minAgeDays` before now (fresh posts still gather
//   views, so their ER would read high);
// - a cell's ER = Σ reactions ÷ Σ views of its posts (never the mean of the posts' ERs);
// - a slot may be recommended only with at least `minPostsPerSlot` posts (one lucky post is not a
//   time of day);
// - best first by exact ER (unrounded), then more posts, then more views, then earlier in the week;
// - "too few to say" when fewer than `minPosts` posts count or fewer than three slots qualify: then
//   no slot is recommended at all.
import { isErEligible } from '../er';
import { resolveOptions, type OptionsOverride } from '../options';
import { percentOf } from '../round';
import { localDateTime, SECONDS_PER_DAY } from '../time';
import type { Post } from '../types';
import { reactionsOf } from './er-by-month';

/** 0 = Monday … 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface HeatCell {
  weekday: Weekday;
  /** 0..23, local hour the slot starts. */
  hour: number;
  posts: number;
  reactions: number;
  views: number;
  /** Percent, 2 decimals; null with no posts or no views. */
  percent: number | null;
}

export interface BestTimeRules {
  /** Posts younger than this are left out. */
  minAgeDays: number;
  /** A slot needs this many posts to be recommended. */
  minPostsPerSlot: number;
  /** Fewer counted posts than this: too few to say. */
  minPosts: number;
  /** Slots recommended. */
  top: number;
}

export const BEST_TIME_RULES: BestTimeRules = { minAgeDays: 3, minPostsPerSlot: 2, minPosts: 12, top: 3 };

export interface BestTimeResult {
  /** 7 × 24 cells, Monday 0:00 first, row by row. */
  cells: HeatCell[];
  /** Posts counted in the cells. */
  posts: number;
  /** Posts left out as too fresh. */
  tooFresh: number;
  /** Slots with at least minPostsPerSlot posts. */
  qualifyingSlots: number;
  /** Up to `top` best slots; empty when too few. */
  best: HeatCell[];
  tooFew: boolean;
  rules: BestTimeRules;
}

export interface BestTimeOptions {
  /** Unix seconds. */
  now: number;
  /** Unix seconds: the window's start (posts before it are left out). */
  from: number;
  options?: OptionsOverride;
  rules?: Partial<BestTimeRules>;
}

/** Monday-first weekday and hour of an instant in the zone. */
export function localSlot(unix: number, timeZone: string): { weekday: Weekday; hour: number } {
  const t = localDateTime(unix, timeZone);
  const sundayFirst = new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay();
  return { weekday: ((sundayFirst + 6) % 7) as Weekday, hour: t.hour };
}

export function computeBestTime(posts: readonly Post[], opts: BestTimeOptions): BestTimeResult {
  const options = resolveOptions(opts.options);
  const rules = { ...BEST_TIME_RULES, ...opts.rules };
  const cells: HeatCell[] = [];
  for (let weekday = 0; weekday < 7; weekday++)
    for (let hour = 0; hour < 24; hour++)
      cells.push({ weekday: weekday as Weekday, hour, posts: 0, reactions: 0, views: 0, percent: null });

  const matureBy = opts.now - rules.minAgeDays * SECONDS_PER_DAY;
  const candidates = posts.filter(
    (post) => isErEligible(post, opts.now, options) && post.views !== null && post.date >= opts.from,
  );
  const mature = candidates.filter((post) => post.date <= matureBy);
  for (const post of mature) {
    const { weekday, hour } = localSlot(post.date, options.timeZone);
    const cell = cells[weekday * 24 + hour] as HeatCell;
    cell.posts += 1;
    cell.reactions += reactionsOf(post);
    cell.views += post.views ?? 0;
  }
  for (const cell of cells) cell.percent = percentOf(cell.reactions, cell.views);

  const qualifying = cells.filter((cell) => cell.posts >= rules.minPostsPerSlot && cell.views > 0);
  const tooFew = mature.length < rules.minPosts || qualifying.length < rules.top;
  return {
    cells,
    posts: mature.length,
    tooFresh: candidates.length - mature.length,
    qualifyingSlots: qualifying.length,
    best: tooFew ? [] : [...qualifying].sort(compareSlots).slice(0, rules.top),
    tooFew,
    rules,
  };
}

/** Best first: exact ER (cross-multiplied, no rounding), more posts, more views, earlier in the week. */
export function compareSlots(a: HeatCell, b: HeatCell): number {
  return (
    b.reactions * a.views - a.reactions * b.views ||
    b.posts - a.posts ||
    b.views - a.views ||
    a.weekday - b.weekday ||
    a.hour - b.hour
  );
}

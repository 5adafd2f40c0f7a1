// Engagement (вовлеченность): ER = (likes + comments + reposts) ÷ views × 100 over the page's last
// few posts, and over a set of pages Σ reactions ÷ Σ views (never the mean of per-page ERs).

import { resolveOptions, type MethodologyOptions, type OptionsOverride } from './options';
import { achievementOf, percentOf } from './round';
import type { Post } from './types';

export interface ErResult {
  /** The sample: latest eligible posts, newest first (by date, never by wall position). */
  posts: Post[];
  /** Configured sample size (options.erSampleSize); `posts.length` may be smaller. */
  sampleSize: number;
  likes: number;
  comments: number;
  reposts: number;
  /** likes + comments + reposts of the sample. */
  reactions: number;
  /** Σ views of the sample; null when the sample is empty or a sampled post has no views. */
  views: number | null;
  /** ER, percent rounded to 2 decimals; null with no sample, unknown views or Σ views = 0. */
  percent: number | null;
  targetPercent: number;
  /** min(percent ÷ target × 100, 100), from the rounded percent, 2 decimals; null with percent. */
  achievement: number | null;
  /**
   * Smallest n ≥ 0 with (reactions + n) ÷ views × 100 ≥ target, exactly (unrounded: the advice errs
   * on the safe side, so 2.996% shows as 3.00% yet still needs a reaction); null with no data.
   */
  reactionsNeeded: number | null;
}

/**
 * The ER the rating counts: the plain one, or the monitoring-grade one once it was read. The verdict,
 * the rating and the «не хватает N реакций» advice all use this one figure.
 */
export interface RatingEr {
  source: 'plain' | 'monitoring';
  reactions: number;
  views: number | null;
  percent: number | null;
  achievement: number | null;
  targetPercent: number;
  reactionsNeeded: number | null;
  /** Posts in the sample. */
  posts: number;
}

/** The plain ER as the rating's figure. */
export function plainRatingEr(er: ErResult): RatingEr {
  return {
    source: 'plain',
    reactions: er.reactions,
    views: er.views,
    percent: er.percent,
    achievement: er.achievement,
    targetPercent: er.targetPercent,
    reactionsNeeded: er.reactionsNeeded,
    posts: er.posts.length,
  };
}

export interface ErOptions {
  /** Unix seconds: posts dated later are ignored. */
  now: number;
  options?: OptionsOverride;
}

/** Posts that may enter the ER sample: published, dated ≤ now, own unless reposts are included. */
export function isErEligible(post: Post, now: number, options: MethodologyOptions): boolean {
  if (post.state !== 'published' || post.date > now) return false;
  if (!post.own && !options.erIncludeReposts) return false;
  if (post.ads && options.erExcludeAds) return false;
  return true;
}

/** The last `erSampleSize` eligible posts, newest first (ties: higher id first). */
export function erSample(posts: readonly Post[], now: number, options: MethodologyOptions): Post[] {
  return posts
    .filter((post) => isErEligible(post, now, options))
    .sort((a, b) => b.date - a.date || b.id - a.id)
    .slice(0, Math.max(0, Math.floor(options.erSampleSize)));
}

export function computeEr(posts: readonly Post[], opts: ErOptions): ErResult {
  const options = resolveOptions(opts.options);
  const sample = erSample(posts, opts.now, options);
  const likes = sum(sample, (p) => p.likes);
  const comments = sum(sample, (p) => p.comments);
  const reposts = sum(sample, (p) => p.reposts);
  const reactions = likes + comments + reposts;
  const viewsKnown = sample.length > 0 && sample.every((p) => p.views !== null);
  const views = viewsKnown ? sum(sample, (p) => p.views ?? 0) : null;
  const percent = percentOf(reactions, views);
  return {
    posts: sample,
    sampleSize: options.erSampleSize,
    likes,
    comments,
    reposts,
    reactions,
    views,
    percent,
    targetPercent: options.erTargetPercent,
    achievement: achievementOf(percent, options.erTargetPercent),
    reactionsNeeded: reactionsNeededFor(reactions, views, options.erTargetPercent),
  };
}

/**
 * Smallest n ≥ 0 with (reactions + n) ÷ views × 100 ≥ target; null when views are unknown or zero
 * (no number of reactions makes a zero-view ER meaningful). Compared as (reactions + n) × 100 ≥
 * target × views, which is exact for integer targets.
 */
export function reactionsNeededFor(
  reactions: number,
  views: number | null,
  targetPercent: number,
): number | null {
  if (views === null || !(views > 0)) return null;
  const reaches = (n: number) => (reactions + n) * 100 >= targetPercent * views;
  // The closed form, then a step either way to absorb float noise for fractional targets.
  let n = Math.max(0, Math.ceil((targetPercent * views) / 100 - reactions));
  while (n > 0 && reaches(n - 1)) n -= 1;
  while (!reaches(n)) n += 1;
  return n;
}

export interface ErSummary {
  /** Results given. */
  pages: number;
  /** Results with known, non-zero views (the only ones summed). */
  pagesWithData: number;
  reactions: number;
  views: number;
  /** Σ reactions ÷ Σ views × 100, 2 decimals; null when Σ views = 0. */
  percent: number | null;
  /** From the rounded percent (2.33 ÷ 3 × 100 = 77.67, as in the methodology), capped at 100. */
  achievement: number | null;
}

/**
 * ER over a set of pages: Σ reactions ÷ Σ views of their samples, as the slides compute it.
 * Pages whose views are unknown or zero contribute nothing (neither reactions nor views).
 */
export function summarizeEr(results: readonly ErResult[], options?: OptionsOverride): ErSummary {
  const target = resolveOptions(options).erTargetPercent;
  const withData = results.filter((r) => r.views !== null && r.views > 0);
  const reactions = sum(withData, (r) => r.reactions);
  const views = sum(withData, (r) => r.views ?? 0);
  const percent = percentOf(reactions, views);
  return {
    pages: results.length,
    pagesWithData: withData.length,
    reactions,
    views,
    percent,
    achievement: achievementOf(percent, target),
  };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}

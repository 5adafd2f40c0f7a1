// The page's public rules (points and period) as a route segment. Community storage is readable by
// the page's managers only, so subscribers learn the rules from the links they follow: the widget's
// «more» link and the home card carry `/leaderboard/r/<like>-<comment>-<repost>-<kind>[-<from>-<to>]`.
// Anything that does not parse as rules the admin could have saved reads as no rules (the defaults).
import { CUSTOM_MAX_DAYS } from './period';
import { validatePoints } from './points';
import type { LeaderboardPeriod, PeriodKind, PointRules } from './types';

export interface LeaderboardRules {
  points: PointRules;
  period: PeriodKind;
  /** Unix seconds, both ends inclusive; used when `period` is 'custom'. */
  custom: LeaderboardPeriod | null;
}

/** Route tokens of the period kinds ('rating-period' would clash with the '-' separator). */
const KIND_TOKENS: Record<PeriodKind, string> = {
  'rating-period': 'rating',
  month: 'month',
  custom: 'custom',
};
const KIND_OF_TOKEN = new Map(
  Object.entries(KIND_TOKENS).map(([kind, token]) => [token, kind as PeriodKind]),
);

/** Plain decimal integers without a leading zero: one spelling per rule set, nothing Number() would bend. */
const N = '(0|[1-9]\\d{0,11})';
const RULES = new RegExp(`^${N}-${N}-${N}-([a-z]+)(?:-${N}-${N})?$`);

/** «2-3-5-rating», «1-3-5-custom-1793480400-1794085199». A custom kind without dates is written as 'rating'. */
export function encodeRules(rules: LeaderboardRules): string {
  const { like, comment, repost } = rules.points;
  const head = `${like}-${comment}-${repost}`;
  if (rules.period === 'custom' && rules.custom)
    return `${head}-custom-${rules.custom.from}-${rules.custom.to}`;
  return `${head}-${KIND_TOKENS[rules.period === 'custom' ? 'rating-period' : rules.period]}`;
}

/**
 * The rules in a route segment, or null for garbage: points outside 0–100 or all zero, an unknown
 * kind, custom dates missing, reversed or longer than CUSTOM_MAX_DAYS, dates on another kind.
 */
export function parseRules(segment: string): LeaderboardRules | null {
  const match = RULES.exec(segment);
  if (!match) return null;
  const [like, comment, repost] = match.slice(1, 4).map(Number) as [number, number, number];
  const points = { like, comment, repost };
  if (validatePoints(points).length > 0 || like + comment + repost === 0) return null;
  const period = KIND_OF_TOKEN.get(match[4] ?? '');
  const dated = match[5] !== undefined;
  if (period === undefined || dated !== (period === 'custom')) return null;
  if (!dated) return { points, period, custom: null };
  const custom = { from: Number(match[5]), to: Number(match[6]) };
  if (custom.from > custom.to || custom.to - custom.from >= CUSTOM_MAX_DAYS * 86_400) return null;
  return { points, period, custom };
}

/** The app's route of the leaderboard: `/leaderboard`, or `/leaderboard/r/<rules>` (the app's routes.ts matches it). */
export function leaderboardRoute(rules?: LeaderboardRules | null): string {
  return rules ? `/leaderboard/r/${encodeRules(rules)}` : '/leaderboard';
}

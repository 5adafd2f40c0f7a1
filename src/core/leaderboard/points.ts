// Points per action and their validation.
import type { PointRules } from './types';

export const DEFAULT_POINTS: PointRules = { like: 1, comment: 3, repost: 5 };

export const MAX_POINTS_PER_ACTION = 100;

const LABELS: Record<keyof PointRules, string> = {
  like: 'лайк',
  comment: 'комментарий',
  repost: 'репост',
};

/** Problems in Russian, one per bad field; empty when every value is an integer 0–100. */
export function validatePoints(points: PointRules): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(LABELS) as (keyof PointRules)[]) {
    const value = points[key];
    if (!Number.isInteger(value) || value < 0 || value > MAX_POINTS_PER_ACTION) {
      problems.push(`Очки за ${LABELS[key]} — целое число от 0 до ${MAX_POINTS_PER_ACTION}`);
    }
  }
  return problems;
}

import { describe, expect, it } from 'vitest';
import { computeRating, type RatingInput } from '../../../src/core/rating';

function input(
  frequency: number | null,
  er: number | null,
  reach: number | null,
  deducted = 0,
  extra: Partial<RatingInput> = {},
): RatingInput {
  return {
    frequency: { assessed: true, score: frequency },
    er: { achievement: er },
    reach: { achievement: reach },
    requirements: { deductedCount: deducted },
    ...extra,
  };
}

describe('computeRating', () => {
  it.each([
    // 0.5 × 75 + 0.3 × 77.67 + 0.2 × 50 = 37.5 + 23.301 + 10 = 70.801; − 5 for one requirement
    { name: 'weighted sum minus one deduction', args: input(75, 77.67, 50, 1), total: 65.8, before: 70.8 },
    { name: 'full marks', args: input(100, 100, 100), total: 100, before: 100 },
    // 0.5 × 100 + 0.3 × 100 + 0.2 × 100 − 2 × 5 = 90
    { name: 'two deductions', args: input(100, 100, 100, 2), total: 90, before: 100 },
    // 0.5 × 10 + 0 + 0 − 3 × 5 = −10 → clamped to 0
    { name: 'clamped at 0', args: input(10, 0, 0, 3), total: 0, before: 5 },
    // reach excluded: (37.5 + 23.301) / 0.8 = 76.00125
    { name: 'no reach data, excluded', args: input(75, 77.67, null), total: 76, before: 76 },
    // reach counted as 0: 37.5 + 23.301 = 60.801
    {
      name: 'no reach data, counted as 0',
      args: input(75, 77.67, null, 0, { options: { nullComponentPolicy: 'zero' } }),
      total: 60.8,
      before: 60.8,
    },
    // business card: frequency never counts, even under the zero policy: (23.301 + 10) / 0.5 = 66.602
    {
      name: 'business card',
      args: input(null, 77.67, 50, 0, {
        frequency: { assessed: false, score: null },
        options: { nullComponentPolicy: 'zero' },
      }),
      total: 66.6,
      before: 66.6,
    },
    { name: 'nothing to count', args: input(null, null, null, 1), total: null, before: null },
    // custom weights 0.6 / 0.4 / 0 and deduction 2: 0.6 × 50 + 0.4 × 100 − 2 = 68
    {
      name: 'custom weights and deduction',
      args: input(50, 100, 0, 1, {
        options: { weights: { frequency: 0.6, er: 0.4, reach: 0 }, requirementDeduction: 2 },
      }),
      total: 68,
      before: 70,
    },
  ])('$name → $total', ({ args, total, before }) => {
    const rating = computeRating(args);
    expect(rating.total).toBe(total);
    expect(rating.beforeDeduction).toBe(before);
  });

  it('lists the components with their weights, sources and points', () => {
    const rating = computeRating(input(75, 77.67, null, 1));
    expect(rating.components).toEqual([
      {
        id: 'frequency',
        weight: 0.5,
        weightSource: 'methodology',
        status: 'scored',
        score: 75,
        counted: true,
        effectiveWeight: 0.625,
        points: 46.88,
      },
      {
        id: 'er',
        weight: 0.3,
        weightSource: 'methodology',
        status: 'scored',
        score: 77.67,
        counted: true,
        effectiveWeight: 0.375,
        points: 29.13,
      },
      {
        id: 'reach',
        weight: 0.2,
        weightSource: 'methodology',
        status: 'no-data',
        score: null,
        counted: false,
        effectiveWeight: 0,
        points: 0,
      },
    ]);
    expect(rating.deduction).toEqual({ perRequirement: 5, source: 'assumed', count: 1, points: 5 });
    expect(rating.complete).toBe(false);
    // (46.875 + 29.12625) − 5 = 71.00125
    expect(rating.total).toBe(71);
  });

  it('is complete when every applicable component is scored', () => {
    expect(computeRating(input(75, 77.67, 50)).complete).toBe(true);
    expect(
      computeRating(input(null, 77.67, 50, 0, { frequency: { assessed: false, score: null } })).complete,
    ).toBe(true);
    expect(computeRating(input(null, 77.67, 50)).complete).toBe(false);
  });
});

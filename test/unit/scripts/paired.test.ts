// The statistics of compare-builds: hand-computed medians and trimmed means, and an interval that
// leaves zero out only when the difference is consistent.
import { describe, expect, it } from 'vitest';
import { median, pairedSummary, trimmedMean } from '../../../scripts/bench/paired';

describe('median and trimmed mean', () => {
  it('take the middle and drop the extremes', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    // 20 values: 3 dropped at each end, the mean of 4…17 is 10.5.
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    values[19] = 10_000;
    expect(trimmedMean(values)).toBe(10.5);
  });
});

describe('pairedSummary', () => {
  it('pairs by round: a constant gap shows despite runs that swing more than it', () => {
    const before = [2800, 3400, 2600, 3100, 2900, 3300, 2700, 3000, 2750, 3200];
    const after = before.map((v) => v - 60);
    const s = pairedSummary(before, after);
    expect(s).toMatchObject({ rounds: 10, medianDiff: -60, trimmedMeanDiff: -60, faster: 10 });
    expect(s.interval).toEqual([-60, -60]);
  });

  it('gives an interval across zero for noise, and the same one for the same runs', () => {
    const before = [2800, 3400, 2600, 3100, 2900, 3300, 2700, 3000, 2750, 3200, 2850, 2950];
    const noise = [120, -90, 40, -150, 60, -30, 200, -110, 10, -70, 90, -20];
    const after = before.map((v, i) => v + noise[i]!);
    const s = pairedSummary(before, after);
    // Sorted: … −30, −20, 10, 40 …: the middle pair gives −5.
    expect(s.medianDiff).toBe(-5);
    expect(s.faster).toBe(6);
    expect(s.interval[0]).toBeLessThan(0);
    expect(s.interval[1]).toBeGreaterThan(0);
    expect(pairedSummary(before, after).interval).toEqual(s.interval);
  });

  it('refuses runs that do not pair', () => {
    expect(() => pairedSummary([1, 2], [1])).toThrow(RangeError);
    expect(() => pairedSummary([], [])).toThrow(RangeError);
  });
});

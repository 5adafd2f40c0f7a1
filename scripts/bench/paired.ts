// Statistics for comparing two builds measured in alternating runs (scripts/bench/compare-builds.ts).
// On a shared two-core machine one first load swings by ±300 ms, so a change of 50 ms shows only in
// the paired differences of many rounds, and only when their interval leaves zero out.
import { mulberry32 } from '../../src/demo/prng';

export interface PairedSummary {
  rounds: number;
  /** Median of `after − before`, ms (negative: `after` is faster). */
  medianDiff: number;
  /** Mean of the differences without the lowest and highest 15 %. */
  trimmedMeanDiff: number;
  /** Rounds in which `after` was faster. */
  faster: number;
  /** 90 % bootstrap interval of the median difference. */
  interval: [number, number];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function trimmedMean(values: readonly number[], share = 0.15): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const k = Math.floor(s.length * share);
  const kept = s.slice(k, s.length - k);
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
}

/** `before[i]` and `after[i]` come from the same round. */
export function pairedSummary(
  before: readonly number[],
  after: readonly number[],
  resamples = 2000,
): PairedSummary {
  if (before.length !== after.length || before.length === 0)
    throw new RangeError('paired runs need the same, non-zero number of rounds');
  const diffs = after.map((v, i) => v - before[i]!);
  // Seeded: the same runs give the same interval.
  const next = mulberry32(diffs.length);
  const medians: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = diffs.map(() => diffs[Math.floor(next() * diffs.length)]!);
    medians.push(median(sample));
  }
  medians.sort((a, b) => a - b);
  return {
    rounds: diffs.length,
    medianDiff: median(diffs),
    trimmedMeanDiff: trimmedMean(diffs),
    faster: diffs.filter((d) => d < 0).length,
    interval: [medians[Math.floor(resamples * 0.05)]!, medians[Math.ceil(resamples * 0.95) - 1]!],
  };
}

// Rounding shared by every percentage the app shows: two decimals, half up, as in the methodology's
// worked examples (2.33%, 77.67%).

/**
 * Rounds to two decimals, half up. `toPrecision(15)` first removes binary noise
 * (1.005 × 100 = 100.49999999999999), so halves round the way a person expects.
 */
export function round2(value: number): number {
  const scaled = Number((value * 100).toPrecision(15));
  return Math.round(scaled) / 100;
}

/** percent ÷ target × 100, capped at 100, rounded to two decimals; null propagates. */
export function achievementOf(percent: number | null, targetPercent: number): number | null {
  if (percent === null || !(targetPercent > 0)) return null;
  return round2(Math.min((percent / targetPercent) * 100, 100));
}

/** part ÷ whole × 100 rounded, or null when the whole is zero or unknown. */
export function percentOf(part: number, whole: number | null): number | null {
  if (whole === null || !(whole > 0) || !Number.isFinite(part)) return null;
  return round2((part / whole) * 100);
}

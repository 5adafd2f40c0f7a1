// How the plan spreads posts over days (docs/plan.md): one post a day while there are days, on the
// days without a post first, each share of days taking its earliest day.

/** A day the plan may use: its posting slots in the order they are filled. */
export interface CandidateDay<Slot> {
  /** An own post (published or scheduled) is already on this day. */
  hasPost: boolean;
  /** Slot 0 is the plan hour; a second post the same day takes slot 1, and so on. */
  slots: readonly Slot[];
}

/**
 * `count` of the items (count ≤ items.length) spread evenly: item ⌊i·n/count⌋ for i = 0…count−1. The
 * earliest item of each equal share wins the tie, which leaves slack before the deadline for a day the
 * clerk misses.
 */
export function spreadEvenly<T>(items: readonly T[], count: number): T[] {
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

/** `count` of the days (count ≤ days.length) in order: the free ones first, each group spread evenly. */
function pickDays<Slot>(days: readonly CandidateDay<Slot>[], count: number): CandidateDay<Slot>[] {
  const free = days.filter((day) => !day.hasPost);
  if (count <= free.length) return spreadEvenly(free, count);
  const chosen = new Set([
    ...free,
    ...spreadEvenly(
      days.filter((day) => day.hasPost),
      count - free.length,
    ),
  ]);
  return days.filter((day) => chosen.has(day));
}

/**
 * `count` slots over the days, earliest first. Round r gives one more post to as many days as still
 * have an r-th slot: a day gets a second post only when every day already has one.
 * Fewer slots than `count` only when the days run out of hours.
 */
export function spreadOverDays<Slot extends { at: number }>(
  days: readonly CandidateDay<Slot>[],
  count: number,
): Slot[] {
  const picked: Slot[] = [];
  for (let round = 0; picked.length < count; round += 1) {
    const open = days.filter((day) => day.slots.length > round);
    if (open.length === 0) break;
    for (const day of pickDays(open, Math.min(count - picked.length, open.length)))
      picked.push(day.slots[round] as Slot);
  }
  return picked.sort((a, b) => a.at - b.at);
}

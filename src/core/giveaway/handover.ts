// Passing a prize on (docs/giveaway.md, "Passing a prize to a reserve"): when a winner does not
// answer, their prize goes to the next reserve in the published draw order, with the reason said in
// the result's thread. Who holds which prize follows from the draw and the hand-overs alone.

import type { DrawResult } from './types';

/** The reason's length limit (it goes into a comment and the organiser's storage). */
export const HANDOVER_REASON_MAX_CHARS = 300;

export interface PrizeHandover {
  /** The holder who gave the prize up (a winner, or a reserve who had received it). */
  from: number;
  /** The reserve who receives it: always the first reserve not yet given a prize. */
  to: number;
  reason: string;
}

/** One line per prize: who holds it now, in the winners' order, and the chain before them. */
export interface PrizeSlot {
  /** 1-based: the winner's place. */
  place: number;
  holder: number;
  /** Everyone who held it before the holder, in order (the drawn winner first). */
  before: number[];
}

/** The prizes with every hand-over applied, in the winners' order. */
export function prizeSlots(drawn: DrawResult, handovers: readonly PrizeHandover[]): PrizeSlot[] {
  const slots = drawn.winners.map((holder, i) => ({ place: i + 1, holder, before: [] as number[] }));
  for (const h of handovers) {
    const slot = slots.find((s) => s.holder === h.from);
    if (!slot) continue;
    slot.before.push(slot.holder);
    slot.holder = h.to;
  }
  return slots;
}

/** The reserve the next hand-over gives the prize to, in published order; null when none is left. */
export function nextReserve(drawn: DrawResult, handovers: readonly PrizeHandover[]): number | null {
  const given = new Set(handovers.map((h) => h.to));
  return drawn.reserves.find((id) => !given.has(id)) ?? null;
}

/**
 * The next hand-over: `from` must hold a prize now and a reserve must be left. Null otherwise (the
 * screen offers the button only when it would succeed).
 */
export function planHandover(
  drawn: DrawResult,
  handovers: readonly PrizeHandover[],
  from: number,
  reason: string,
): PrizeHandover | null {
  const to = nextReserve(drawn, handovers);
  const holds = prizeSlots(drawn, handovers).some((s) => s.holder === from);
  const text = reason.trim();
  if (to === null || !holds || text === '' || Array.from(text).length > HANDOVER_REASON_MAX_CHARS)
    return null;
  return { from, to, reason: text };
}

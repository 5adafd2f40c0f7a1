// Shared test helpers: deterministic randomness (tests never depend on Math.random).

import { sha256Hex } from '../../../../src/core/giveaway/sha256';
import type { GiveawayConditions, GiveawayEvidence } from '../../../../src/core/giveaway/types';

/** mulberry32 (the demo's generator): a small seeded generator for test data. */
export { mulberry32 as seededRandom } from '../../../../src/demo/prng';

/** A secret derived from a label: sha256("<label>"). */
export function testSecret(label: string | number): string {
  return sha256Hex(`test-secret:${label}`);
}

/** `count` distinct ascending positive ids below `max`. */
export function randomIds(random: () => number, count: number, max = 1_000_000_000): number[] {
  const ids = new Set<number>();
  while (ids.size < count) ids.add(1 + Math.floor(random() * max));
  return [...ids].sort((a, b) => a - b);
}

export const NO_CONDITIONS: GiveawayConditions = {
  member: false,
  like: false,
  repost: false,
  minTags: null,
  partners: [],
};

export function emptyEvidence(groupId = 219000001): GiveawayEvidence {
  return {
    groupId,
    likers: null,
    reposters: null,
    comments: null,
    members: null,
    partnerMembers: new Map(),
    screenNames: new Map(),
    managers: [],
    inactive: [],
    blacklist: [],
  };
}

// The giveaway's data layer: what the screens call (see /docs/giveaway.md).
export * from './types';
export { giveawayDeps, type GiveawayDeps } from './deps';
export { GiveawayError, type GiveawayErrorKind } from './errors';
export { createGiveawayStore, type GiveawayStore } from './store';
export {
  bindPost,
  createGiveaway,
  drawGiveaway,
  phaseOf,
  publishResult,
  type DrawProgress,
} from './lifecycle';
export { gatherEvidence } from './gather';
export { checkConditionsNow, type ConditionsNow } from './check-now';
export { passPrize, publishHandovers, unpublishedHandovers } from './handover';
export { findPublishedGiveaway, listPublishedGiveaways, publishedDrawInput } from './find';
export { fetchMyStatus } from './my-status';
export { rebuildToday } from './rebuild';

// The giveaway screens, loaded as one lazy chunk (src/app/lazyFeatures.tsx).
export { GiveawaysContent } from './GiveawaysContent';
export { CreateGiveaway } from './CreateGiveaway';
export { GiveawayContent } from './GiveawayContent';
export { VerifyContent } from './VerifyContent';
export { PublishedGiveaways } from './PublishedGiveaways';

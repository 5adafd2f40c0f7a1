// The leaderboard screens (the «Колизей»), loaded as one lazy chunk (src/app/lazyFeatures.tsx).
export { LeaderboardContent } from './LeaderboardContent';
export { LeaderboardSettings } from './LeaderboardSettings';
export { MyRatingCard } from './MyRatingCard';

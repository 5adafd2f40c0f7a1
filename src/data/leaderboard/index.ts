// The leaderboard's data layer: what the screens call (see /docs/leaderboard.md).
export {
  DEFAULT_LEADERBOARD_SETTINGS,
  LB_SETTINGS_KEY,
  createLeaderboardSettingsStore,
  openLeaderboardSettings,
  type LeaderboardSettings,
  type LeaderboardSettingsStore,
  type LeaderboardWidgetState,
} from './settings';
export {
  cachedActivity,
  emptyActivityCache,
  keepActivity,
  type ActivityCache,
  type CachedPost,
  type PostCounters,
} from './cache';
export { keepLinkRules, keptLinkRules } from './link-rules';
export { ownPostsInPeriod, type PeriodPost } from './posts';
export {
  gatherLeaderboard,
  type GatherLeaderboardOptions,
  type GatherLeaderboardResult,
  type LeaderboardProgress,
} from './gather';
export { profilesOf, type Profiles } from './names';
export {
  loadLeaderboard,
  periodOf,
  type LeaderboardServices,
  type LoadLeaderboardOptions,
  type LoadedLeaderboard,
  type RulesSource,
} from './load';
export {
  communityTokenPage,
  createWidgetRefresher,
  installWidget,
  timerSchedule,
  updateWidget,
  widgetCodeOf,
  type InstallWidgetDeps,
  type InstallWidgetResult,
  type Schedule,
  type WidgetRefresher,
  type WidgetRefresherOptions,
  type WidgetBoard,
  type WidgetCode,
} from './widget';
export { readWorkerKeys, workerSettingsText, type WorkerKeys } from './worker-keys';

// The one source of route ids. Hash routing keeps VK's launch params in the query string intact.
import {
  RoutesConfig,
  createHashRouter,
  createPanel,
  createRoot,
  createView,
} from '@vkontakte/vk-mini-apps-router';
// The rules module alone: the main chunk stays free of the leaderboard's scoring and widget code.
import { leaderboardRoute, type LeaderboardRules } from '../core/leaderboard/rules';

export const ROOT = 'root';
export const MAIN_VIEW = 'main';

export const PANELS = {
  HOME: 'home',
  PAGE: 'page',
  // Not 'children': the router stores panels as properties of its view object, which has a
  // `children` getter, and the app would fail at start-up.
  CHILDREN: 'subordinates',
  CHILD: 'subordinate',
  GIVEAWAYS: 'giveaways',
  GIVEAWAY_NEW: 'giveaway-new',
  // One screen, two addresses: the post ref in the link spares the participant a lookup.
  GIVEAWAY: 'giveaway',
  GIVEAWAY_ON_POST: 'giveaway-on-post',
  GIVEAWAY_VERIFY: 'giveaway-verify',
  GIVEAWAY_ON_POST_VERIFY: 'giveaway-on-post-verify',
  QUIZZES: 'quizzes',
  QUIZ_NEW: 'quiz-new',
  // Like the giveaway: one screen, two addresses.
  QUIZ: 'quiz',
  QUIZ_ON_POST: 'quiz-on-post',
  QUIZ_SERIES_NEW: 'quiz-series-new',
  QUIZ_SERIES: 'quiz-series',
  LEADERBOARD: 'leaderboard',
  // Like the giveaway: one screen, two addresses; this one carries the page's public rules.
  LEADERBOARD_WITH_RULES: 'leaderboard-with-rules',
  LEADERBOARD_SETTINGS: 'leaderboard-settings',
  HISTORY: 'history',
  REPLIES: 'replies',
  PLAN: 'plan',
  POSTER: 'poster',
  // Not under /children/: that prefix is the subordinate page's address.
  CHILDREN_POSTERS: 'children-posters',
} as const;

export const routes = RoutesConfig.create([
  createRoot(ROOT, [
    createView(MAIN_VIEW, [
      createPanel(PANELS.HOME, '/', []),
      createPanel(PANELS.PAGE, '/page/:groupId', []),
      createPanel(PANELS.CHILDREN, '/children', []),
      createPanel(PANELS.CHILD, '/children/:groupId', []),
      createPanel(PANELS.GIVEAWAYS, '/giveaways', []),
      createPanel(PANELS.GIVEAWAY_NEW, '/giveaways/new', []),
      createPanel(PANELS.GIVEAWAY, '/giveaway/:id', []),
      createPanel(PANELS.GIVEAWAY_ON_POST, '/giveaway/:id/post/:postRef', []),
      createPanel(PANELS.GIVEAWAY_VERIFY, '/giveaway/:id/verify', []),
      createPanel(PANELS.GIVEAWAY_ON_POST_VERIFY, '/giveaway/:id/post/:postRef/verify', []),
      createPanel(PANELS.QUIZZES, '/quizzes', []),
      createPanel(PANELS.QUIZ_NEW, '/quizzes/new', []),
      createPanel(PANELS.QUIZ, '/quiz/:id', []),
      createPanel(PANELS.QUIZ_ON_POST, '/quiz/:id/post/:postRef', []),
      createPanel(PANELS.QUIZ_SERIES_NEW, '/quizzes/series/new', []),
      createPanel(PANELS.QUIZ_SERIES, '/quizzes/series/:id', []),
      createPanel(PANELS.LEADERBOARD, '/leaderboard', []),
      createPanel(PANELS.LEADERBOARD_WITH_RULES, '/leaderboard/r/:rules', []),
      createPanel(PANELS.LEADERBOARD_SETTINGS, '/leaderboard/settings', []),
      createPanel(PANELS.HISTORY, '/history/:groupId', []),
      createPanel(PANELS.REPLIES, '/replies/:groupId', []),
      createPanel(PANELS.PLAN, '/plan/:groupId', []),
      createPanel(PANELS.POSTER, '/poster/:groupId', []),
      createPanel(PANELS.CHILDREN_POSTERS, '/posters', []),
    ]),
  ]),
]);

export function createRouter() {
  return createHashRouter(routes.getRoutes());
}

/** The giveaway's address inside the app (the post ref, when known, saves a search). */
export function giveawayPath(id: string, postRef: string | null, verify = false): string {
  const base = postRef ? `/giveaway/${id}/post/${postRef}` : `/giveaway/${id}`;
  return verify ? `${base}/verify` : base;
}

/** The quiz's address inside the app (the post ref, when known, saves a search). */
export function quizPath(id: string, postRef: string | null): string {
  return postRef ? `/quiz/${id}/post/${postRef}` : `/quiz/${id}`;
}

/** A comment-quiz series (admins). */
export function seriesPath(id: string): string {
  return `/quizzes/series/${id}`;
}

/** The subscribers' rating (everyone in a community) and its settings (admins). */
export const LEADERBOARD_PATH = '/leaderboard';

/** The rating with the page's public rules in the route (`/leaderboard/r/1-3-5-rating`), or without. */
export function leaderboardPath(rules: LeaderboardRules | null): string {
  return leaderboardRoute(rules);
}
export const LEADERBOARD_SETTINGS_PATH = '/leaderboard/settings';

/** A page's history by period and its best time to post. */
export function historyPath(groupId: number): string {
  return `/history/${groupId}`;
}

export function repliesPath(groupId: number): string {
  return `/replies/${groupId}`;
}

/** A page's publication plan for the rest of the month. */
export function planPath(groupId: number): string {
  return `/plan/${groupId}`;
}

/** A page's printable QR poster. */
export function posterPath(groupId: number): string {
  return `/poster/${groupId}`;
}

/** Posters for every page in the supervisor's list. */
export const CHILDREN_POSTERS_PATH = '/posters';

/** A page's scorecard opened from outside it (my pages, a tool's link). */
export function pagePath(groupId: number): string {
  return `/page/${groupId}`;
}

/** The supervisor's table, and one subordinate page in it. */
export const CHILDREN_PATH = '/children';
export function childPath(groupId: number): string {
  return `${CHILDREN_PATH}/${groupId}`;
}

export const GIVEAWAYS_PATH = '/giveaways';
export const GIVEAWAY_NEW_PATH = '/giveaways/new';
export const QUIZZES_PATH = '/quizzes';
export const QUIZ_NEW_PATH = '/quizzes/new';
export const QUIZ_SERIES_NEW_PATH = '/quizzes/series/new';

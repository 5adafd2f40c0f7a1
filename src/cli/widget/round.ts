// One round of the widget worker: the board as the app's rating screen builds it (the page's rules and
// time zone, the incremental gather, the scoring, the widget code), then appWidgets.update when the
// board changed since the last update — never within VK's 30 seconds of it. The last update is the
// newer of the state file's and the page's settings' (the app records its own updates there), so the
// worker and an admin's open rating never update the same board twice.
import {
  cachedActivity,
  keepActivity,
  loadLeaderboard,
  openLeaderboardSettings,
  updateWidget,
  widgetCodeOf,
  type LeaderboardSettings,
} from '../../data/leaderboard';
import type { VkApi } from '../../vk/api-client';
import type { Clock } from '../../vk/clock';
import { WIDGET_UPDATE_MIN_INTERVAL_MS } from '../../vk/limits';
import { createStorage, createUserApiStorageBackend } from '../../vk/storage';
import type { WorkerState } from './state-file';

/** The cache is dropped once a day: members leave, managers change, accounts get deleted. */
export const CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The contract's JSON line for one round. */
export interface RoundLine {
  updated: boolean;
  /** People on the board. */
  entries: number;
  /** The length of the code sent, or that would have been sent. */
  codeLength: number;
  /** The round's moment, unix seconds. */
  at: number;
}

export interface RoundOutcome {
  line: RoundLine;
  state: WorkerState;
  /** Refs of the posts the round read: the state file keeps only their cache. */
  posts: ReadonlySet<string>;
  /** Things the owner should know (stderr). */
  notes: string[];
}

export interface RoundContext {
  api: VkApi;
  /** The round's moment (the API keeps its own pacing clock). */
  clock: Clock;
  groupId: number;
  appId: number | null;
}

export async function widgetRound(ctx: RoundContext, state: WorkerState): Promise<RoundOutcome> {
  const { api, groupId } = ctx;
  const notes: string[] = [];
  const started = ctx.clock.now();
  const stale = state.cacheSince === null || started - state.cacheSince > CACHE_MAX_AGE_MS;
  const memory = new Map<string, unknown>();
  if (state.cache && !stale) keepActivity(memory, state.cache);

  const store = openLeaderboardSettings(api, groupId);
  const settings = await store.get();
  const board = await loadLeaderboard(
    { api, clock: ctx.clock, memory, userStorage: createStorage(createUserApiStorageBackend(api)) },
    groupId,
    // The worker's owner manages the page (as the admin who opens the rating); names for the widget only.
    { canManage: true, settings, shown: 0 },
  );
  const code = widgetCodeOf(board, ctx.appId, groupId);
  const last = latest(state.last, settings);
  const now = ctx.clock.now();
  const sent = code.at(now);
  let updated = false;
  if (code.content !== last?.content) {
    const wait = last ? last.at + WIDGET_UPDATE_MIN_INTERVAL_MS - now : 0;
    if (wait > 0) {
      notes.push(
        `the board changed, but the widget was updated ${Math.round((now - (last?.at ?? now)) / 1000)} s ago; ` +
          'VK allows one update per 30 s: the next round updates it',
      );
    } else {
      await updateWidget(api, groupId, sent);
      updated = true;
      const failure = await recordUpdate(store, code.content, now);
      if (failure) notes.push(`the widget is updated, but the page's settings do not say so yet: ${failure}`);
    }
  }
  return {
    line: {
      updated,
      entries: board.entries.length,
      codeLength: sent.length,
      at: Math.floor(now / 1000),
    },
    state: {
      groupId,
      last: updated ? { content: code.content, at: now } : last,
      cache: cachedActivity(memory, groupId) ?? null,
      cacheSince: stale ? started : state.cacheSince,
    },
    posts: new Set(board.input.posts.map((post) => post.ref)),
    notes,
  };
}

/** The newer of the state file's last update and the settings' (an admin's app may have updated). */
function latest(
  fromState: WorkerState['last'],
  settings: LeaderboardSettings,
): { content: string; at: number } | null {
  const { lastCode, updatedAt } = settings.widget;
  const fromSettings = lastCode !== null && updatedAt !== null ? { content: lastCode, at: updatedAt } : null;
  if (!fromState) return fromSettings;
  if (!fromSettings) return fromState;
  return fromSettings.at > fromState.at ? fromSettings : fromState;
}

/**
 * Records the update in the page's settings, as the app does (read again just before, so rules an
 * admin saved meanwhile are kept). Best effort: returns the failure's message, or null.
 */
async function recordUpdate(
  store: ReturnType<typeof openLeaderboardSettings>,
  content: string,
  at: number,
): Promise<string | null> {
  try {
    const settings = await store.get();
    await store.save({ ...settings, widget: { installed: true, lastCode: content, updatedAt: at } });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

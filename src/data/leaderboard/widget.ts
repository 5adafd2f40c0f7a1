// The community widget: installing it (the admin sees VK's preview and saves it) and keeping it fresh
// (appWidgets.update with the community token, at most once a minute and only when the board changed;
// the code also says when it was updated, which is not a change).
import { z } from 'zod/mini';
import {
  WIDGET_TITLE,
  leaderboardLink,
  widgetCode,
  type LeaderboardEntry,
  type LeaderboardRules,
} from '../../core/leaderboard';
import type { VkApi } from '../../vk/api-client';
import type { BridgeLike } from '../../vk/bridge-like';
import type { Clock } from '../../vk/clock';
import { addAppToCommunity, showWidgetPreview } from '../../vk/community-actions';
import { WIDGET_REFRESH_INTERVAL_MS, WIDGET_UPDATE_MIN_INTERVAL_MS } from '../../vk/limits';
import type { TokenProvider } from '../../vk/tokens';
import { groupsGetByIdResponse } from '../../vk/wire-groups';
import type { LeaderboardSettingsStore } from './settings';

/** What the widget shows: the board's rows and names, and the rules its links carry. */
export interface WidgetBoard {
  entries: readonly LeaderboardEntry[];
  names: ReadonlyMap<number, string>;
  /** The page's rules: the widget's links open the app's table with them (subscribers read no settings). */
  settings: LeaderboardRules;
  /** The page's zone: the widget says when it was updated in it. */
  timeZone: string;
}

/** The widget's code for one board: what a change is judged by, and the code sent at a moment. */
export interface WidgetCode {
  /** The code without the update time: the same board gives the same content. */
  content: string;
  /** The code VK gets when the widget is updated at `atMs` (clock milliseconds): it says when. */
  at(atMs: number): string;
}

/**
 * The one place the widget's code is built (install, the app's refresher and the widget worker alike,
 * so their comparisons with the last update hold): the top rows, and links to the app's table with the
 * page's rules (none without an app id).
 */
export function widgetCodeOf(board: WidgetBoard, appId: number | null, groupId: number): WidgetCode {
  const options = {
    title: WIDGET_TITLE,
    entries: board.entries,
    names: board.names,
    appLink: appId === null ? '' : leaderboardLink(appId, groupId, board.settings),
  };
  return {
    content: widgetCode(options),
    at: (atMs) =>
      widgetCode({ ...options, updated: { at: Math.floor(atMs / 1000), timeZone: board.timeZone } }),
  };
}

export interface InstallWidgetDeps {
  bridge: BridgeLike;
  tokens: Pick<TokenProvider, 'getCommunityToken'>;
  clock: Clock;
  settings: LeaderboardSettingsStore;
  groupId: number;
  appId: number;
  /** False when the app is not in the page yet (VKWebAppAddToCommunity first). */
  appInstalled: boolean;
}

export type InstallWidgetResult =
  /** `code`: the installed code's content (WidgetCode.content). */
  | { status: 'installed'; code: string }
  /** The admin closed VK's community picker, or picked another page. */
  | { status: 'not-added' }
  /** The admin cancelled the preview. */
  | { status: 'cancelled' };

/**
 * Adds the app to the page when needed, asks for the community token the refresher will use (while the
 * admin is here to answer), then shows VK's preview; VK installs the widget when the admin saves it, so
 * no appWidgets.update follows (it would be a second update within VK's 30 seconds). The settings
 * record the installed code and when.
 */
export async function installWidget(
  deps: InstallWidgetDeps,
  board: WidgetBoard,
): Promise<InstallWidgetResult> {
  const { bridge, groupId } = deps;
  if (!deps.appInstalled && (await addAppToCommunity(bridge)) !== groupId) return { status: 'not-added' };
  await deps.tokens.getCommunityToken(groupId, ['app_widget']);
  const { content, at } = widgetCodeOf(board, deps.appId, groupId);
  const now = deps.clock.now();
  if (!(await showWidgetPreview(bridge, groupId, 'table', at(now)))) return { status: 'cancelled' };
  const settings = await deps.settings.get();
  await deps.settings.save({ ...settings, widget: { installed: true, lastCode: content, updatedAt: now } });
  return { status: 'installed', code: content };
}

/** appWidgets.update of a table widget with the page's community token. */
export async function updateWidget(api: VkApi, groupId: number, code: string): Promise<void> {
  await api.call({
    method: 'appWidgets.update',
    params: { type: 'table', code },
    token: 'community',
    groupId,
    communityScopes: ['app_widget'],
    schema: z.union([z.literal(1), z.literal(true)]),
    label: `club${groupId}`,
  });
}

/**
 * The page a community token belongs to (groups.getById without ids answers the token's own page):
 * appWidgets.update has no page parameter, so a wrong token would update another page's widget.
 */
export async function communityTokenPage(api: VkApi, groupId: number): Promise<number | null> {
  const answer = await api.call({
    method: 'groups.getById',
    params: {},
    token: 'community',
    groupId,
    schema: groupsGetByIdResponse,
    pick: { groups: ['id'] },
    label: `club${groupId}`,
  });
  return answer.groups[0]?.id ?? null;
}

/** Runs `fn` after `ms`; returns a cancel function. */
export type Schedule = (fn: () => void, ms: number) => () => void;

export const timerSchedule: Schedule = (fn, ms) => {
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
};

export interface WidgetRefresherOptions {
  api: VkApi;
  clock: Clock;
  groupId: number;
  /** The widget code for the board as it is now. */
  build: () => Promise<WidgetCode>;
  /** The last install or update (from the settings): its content and when (clock milliseconds). */
  last?: { code: string | null; at: number | null };
  schedule?: Schedule;
  /** After each update (e.g. to save it in the settings), with the code's content. */
  onUpdated?: (content: string, at: number) => void;
  /** Failures of a round; the refresher goes on with the next one. */
  onError?: (err: unknown) => void;
}

export interface WidgetRefresher {
  /** Starts the rounds: one now, then every 60 seconds. */
  start(): void;
  stop(): void;
  /** Tells the refresher of an update made elsewhere (an install): the code's content and when. */
  noteUpdate(content: string, at: number): void;
}

/**
 * Every WIDGET_REFRESH_INTERVAL_MS: builds the code and updates the widget when the code changed — but
 * never within WIDGET_UPDATE_MIN_INTERVAL_MS of the last update (the round then waits until it may).
 */
export function createWidgetRefresher(o: WidgetRefresherOptions): WidgetRefresher {
  const schedule = o.schedule ?? timerSchedule;
  let lastCode = o.last?.code ?? null;
  let lastAt = o.last?.at ?? null;
  let cancel: (() => void) | null = null;
  let running = false;

  const next = (ms: number) => {
    if (running) cancel = schedule(() => void round(), ms);
  };
  const round = async () => {
    cancel = null;
    if (!running) return;
    try {
      const code = await o.build();
      const now = o.clock.now();
      if (code.content !== lastCode) {
        const wait = lastAt === null ? 0 : lastAt + WIDGET_UPDATE_MIN_INTERVAL_MS - now;
        if (wait > 0) {
          next(wait);
          return;
        }
        if (!running) return;
        const at = o.clock.now();
        await updateWidget(o.api, o.groupId, code.at(at));
        lastCode = code.content;
        lastAt = at;
        o.onUpdated?.(code.content, at);
      }
    } catch (err) {
      o.onError?.(err);
    }
    next(WIDGET_REFRESH_INTERVAL_MS);
  };

  return {
    start() {
      if (running) return;
      running = true;
      void round();
    },
    stop() {
      running = false;
      cancel?.();
      cancel = null;
    },
    noteUpdate(content, at) {
      lastCode = content;
      lastAt = at;
    },
  };
}

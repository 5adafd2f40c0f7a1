// The demo's VK Bridge: the same BridgeLike the real @vkontakte/vk-bridge satisfies, answering from
// the simulated world. Rejections have the real bridge's shapes, so no feature can tell the difference.
import type { BridgeEvent, BridgeLike, BridgeListener } from '../vk/bridge-like';
import { systemClock } from '../vk/clock';
import type { Clock } from '../vk/clock';
import { commentCount, likeCount, managerRole, membersOf, repostCount } from './crowd';
import { parseDemoSearch } from './demo-url';
import type { DemoOptions } from './demo-url';
import { COMMUNITY_SCOPES, FakeNetworkError, USER_SCOPES, createFakeVk } from './fake-api';
import type { FakeVk } from './fake-api';
import { POOL_SIZE, isActiveUser, person, personPhoto, poolUserId } from './people';
import { postPictureUrl } from './photos';
import { attachJournal, resetDemoSession } from './journal';
import { showPostWindow } from './post-window';
import { showWidgetWindow } from './widget-window';
import type { PostWindowControls } from './post-window';
import { addRepost, hasLiked, hasReposted, install, join, leave, publishedPost, setLike } from './session';
import { STORAGE_KEY, STORAGE_KEYS_MAX, createWebStorageBackend, truncateUtf8 } from './storage';
import type { WebStorage } from './storage';
import { generateWorld } from './world';
import type { DemoPost, DemoWorld } from './world';

export { DEMO_LABEL, isDemoSearch, parseDemoSearch } from './demo-url';
export type { DemoOptions, DemoRole } from './demo-url';

export const DEMO_APP_ID = 8000001;
const API_VERSION = '5.199';

export interface DemoLaunchParams {
  vk_user_id: number;
  vk_app_id: number;
  vk_is_app_user: 0 | 1;
  vk_are_notifications_enabled: 0 | 1;
  vk_language: 'ru';
  vk_ref: string;
  vk_access_token_settings: string;
  vk_group_id?: number;
  vk_viewer_group_role?: 'admin' | 'editor' | 'moder' | 'member' | 'none';
  vk_platform: 'desktop_web';
  vk_is_favorite: 0 | 1;
  vk_ts: number;
  sign: string;
}

export interface DemoBridge extends BridgeLike {
  readonly world: DemoWorld;
  readonly api: FakeVk;
  readonly options: DemoOptions;
  /** The demo's clock: the system clock, shifted when the URL sets `now`. Give it to the app. */
  readonly clock: Clock;
  readonly launchParams: DemoLaunchParams;
  /** The launch params as VK puts them in the URL (`vk_user_id=…&…&sign=demo`), for parseLaunchParams. */
  launchSearch(): string;
  /** The last text passed to VKWebAppCopyText. */
  readonly copiedText: string | null;
  /** Emits VKWebAppUpdateConfig with a new appearance (as VK does when the theme changes). */
  setAppearance(appearance: 'light' | 'dark'): void;
  /** Posts opened with VKWebAppOpenWallPost, as `<owner_id>_<post_id>`, in order. */
  readonly openedPosts: string[];
  /** The object the page's installed widget code evaluated to (appWidgets.update), or null. */
  widgetOf(groupId: number): unknown;
}

export interface DemoBridgeInit {
  search: string;
  /** VK Storage and the session journal live here (localStorage in the browser). */
  storage: WebStorage;
  clock?: Clock;
  world?: DemoWorld;
}

type BridgeError = { error_type: 'client_error' | 'api_error'; error_data: Record<string, unknown> };
const clientError = (code: number, reason: string, description?: string): BridgeError => ({
  error_type: 'client_error',
  error_data: {
    error_code: code,
    error_reason: reason,
    ...(description ? { error_description: description } : {}),
  },
});
const USER_DENIED = () => clientError(4, 'User denied');
const INVALID_PARAMS = (what: string) => clientError(5, 'Invalid params', what);

/** A clock that runs like `base` but starts at `startMs`. */
function shiftedClock(base: Clock, startMs: number): Clock {
  const offset = startMs - base.now();
  return { now: () => base.now() + offset, sleep: (ms) => base.sleep(ms) };
}

/** The viewer the URL asks for: a user of the world who really has that role in that page. */
function pickViewer(world: DemoWorld, options: DemoOptions, groupId: number | null): number {
  if (groupId === null) return world.viewerId;
  const page = world.pageById.get(groupId);
  const managers = page?.managers ?? [];
  const isRole = (roles: string[]) => (id: number) => roles.includes(managerRole(world, groupId, id) ?? '');
  const find = (roles: string[]) =>
    (isRole(roles)(world.viewerId) ? world.viewerId : undefined) ??
    managers.find((m) => roles.includes(m.role))?.id;
  switch (options.role) {
    case 'admin':
      return find(['creator', 'administrator']) ?? world.viewerId;
    case 'editor':
      return find(['editor']) ?? find(['creator', 'administrator']) ?? world.viewerId;
    case 'moder':
      return find(['moderator']) ?? world.viewerId;
    case 'member':
      for (const id of membersOf(world, groupId)) {
        if (isActiveUser(world.seed, id) && managerRole(world, groupId, id) === null && id !== world.viewerId)
          return id;
      }
      return world.viewerId;
    case 'none': {
      const members = new Set(membersOf(world, groupId));
      for (let i = 2; i < POOL_SIZE; i++) {
        const id = poolUserId(i);
        if (!members.has(id) && isActiveUser(world.seed, id)) return id;
      }
      return world.viewerId;
    }
  }
}

function scopesOf(raw: unknown, allowed: readonly string[]): { asked: string[]; granted: string[] } {
  const asked = String(raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { asked, granted: [...new Set(asked.filter((s) => allowed.includes(s)))] };
}

/** What the post window says when VK refuses a comment. */
function commentError(code: number): string {
  switch (code) {
    case 213:
      return 'Комментарии к этой записи закрыты.';
    case 9:
      return 'Такой комментарий уже отправлен только что. Подождите минуту.';
    case 15:
      return 'Нет доступа: комментировать могут только участники сообщества.';
    case 6:
      return 'Слишком много запросов. Попробуйте ещё раз через секунду.';
    default:
      return `Не удалось отправить комментарий (ошибка VK ${code}).`;
  }
}

function prefersDark(): boolean {
  const mm = (globalThis as { matchMedia?: (q: string) => { matches: boolean } }).matchMedia;
  return typeof mm === 'function' && mm('(prefers-color-scheme: dark)').matches;
}

export function createDemoBridge(init: DemoBridgeInit): DemoBridge {
  const options = parseDemoSearch(init.search);
  const base = init.clock ?? systemClock;
  const clock = !init.clock && options.now !== null ? shiftedClock(base, options.now * 1000) : base;
  if (options.reset) resetDemoSession(init.storage);
  const world =
    init.world ??
    generateWorld({
      seed: options.seed,
      now: options.now ?? Math.floor(clock.now() / 1000),
      giveawayBench: options.giveawayBench,
      leaderboardBench: options.leaderboardBench,
    });
  attachJournal(world, init.storage);
  const storage = createWebStorageBackend(init.storage);
  const api = createFakeVk(world, {
    clock,
    storage,
    latencyMs: options.latencyMs,
    ...(options.faults
      ? { faults: { rate: options.faults.rate, seed: options.seed, kinds: options.faults.kinds } }
      : {}),
  });
  const requested =
    options.groupId !== null && world.pageById.has(options.groupId) ? options.groupId : world.headId;
  const groupId = options.outside ? null : requested;
  const userId = pickViewer(world, options, groupId);
  const launchParams: DemoLaunchParams = {
    vk_user_id: userId,
    vk_app_id: DEMO_APP_ID,
    vk_is_app_user: 1,
    vk_are_notifications_enabled: 0,
    vk_language: 'ru',
    vk_ref: 'other',
    vk_access_token_settings: '',
    ...(groupId !== null ? { vk_group_id: groupId, vk_viewer_group_role: options.role } : {}),
    vk_platform: 'desktop_web',
    vk_is_favorite: 0,
    vk_ts: Math.floor(clock.now() / 1000),
    sign: 'demo',
  };
  const listeners = new Set<BridgeListener>();
  let appearance: 'light' | 'dark' = options.theme ?? (prefersDark() ? 'dark' : 'light');
  let copiedText: string | null = null;
  const openedPosts: string[] = [];
  const ns = `user:${userId}`;

  const emit = (type: string, data: unknown) => {
    const event: BridgeEvent = { detail: { type, data } };
    void Promise.resolve().then(() => listeners.forEach((listener) => listener(event)));
  };
  const config = () => ({
    app_id: String(DEMO_APP_ID),
    appearance,
    scheme: appearance === 'dark' ? 'vkcom_dark' : 'vkcom_light',
    viewport_width: (globalThis as { innerWidth?: number }).innerWidth ?? 1280,
    viewport_height: (globalThis as { innerHeight?: number }).innerHeight ?? 800,
    api_host: 'api.vk.com',
    is_layer: false,
  });
  const setAppearance = (next: 'light' | 'dark') => {
    appearance = next;
    emit('VKWebAppUpdateConfig', config());
  };
  const mm = (
    globalThis as {
      matchMedia?: (q: string) => {
        addEventListener?: (t: string, f: (e: { matches: boolean }) => void) => void;
      };
    }
  ).matchMedia;
  if (options.theme === null && typeof mm === 'function') {
    mm('(prefers-color-scheme: dark)').addEventListener?.('change', (e) =>
      setAppearance(e.matches ? 'dark' : 'light'),
    );
  }
  const isAdminOf = (gid: number) =>
    ['creator', 'administrator'].includes(managerRole(world, gid, userId) ?? '');
  const checkApp = (props: Record<string, unknown>) => {
    if (Number(props['app_id']) !== DEMO_APP_ID) throw INVALID_PARAMS('app_id');
  };
  const validKey = (k: unknown): k is string => typeof k === 'string' && STORAGE_KEY.test(k);
  const widgetOf = (gid: number): unknown => world.state.widgets.get(gid)?.value ?? null;
  const documentBody = () => {
    const doc = (globalThis as { document?: Document }).document;
    return doc?.body ? doc : null;
  };
  /** What VK shows in the preview: the widget code run with the community token (as execute runs it). */
  const evaluateWidget = async (token: string, code: string): Promise<unknown> => {
    const body = await api.request('execute', { code, access_token: token, v: API_VERSION });
    if ('error' in body) throw clientError(5, 'Invalid params', body.error.error_msg);
    const value = body.response;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw clientError(5, 'Invalid params', 'widget code must return an object');
    return value;
  };

  /** The post window's actions, as the viewer; comments go through wall.createComment like the app's. */
  const postControls = (post: DemoPost): PostWindowControls => ({
    view: () => {
      const origin = post.copyOf ? publishedPost(world, post.copyOf.ownerId, post.copyOf.id) : null;
      return {
        title: world.pageById.get(-post.ownerId)?.name ?? 'Запись',
        text: origin ? [post.text, `Репост: ${origin.text}`].filter(Boolean).join('\n\n') : post.text,
        photo: postPictureUrl(world, origin ?? post),
        likes: likeCount(world, post),
        reposts: repostCount(world, post),
        comments: commentCount(world, post),
        liked: hasLiked(world, post, userId),
        reposted: hasReposted(world, post, userId),
      };
    },
    toggleLike: () => void setLike(world, post, userId, !hasLiked(world, post, userId)),
    // Sharing a post also likes it, as VK does.
    repost: () => {
      if (addRepost(world, post, userId)) setLike(world, post, userId, true);
    },
    comment: async (message) => {
      try {
        const body = await api.request('wall.createComment', {
          owner_id: post.ownerId,
          post_id: post.id,
          message,
          access_token: api.userToken(userId, ['wall']),
          v: API_VERSION,
        });
        return 'error' in body ? commentError(body.error.error_code) : null;
      } catch (err) {
        if (err instanceof FakeNetworkError) return 'Нет связи с VK. Попробуйте ещё раз.';
        throw err;
      }
    },
  });

  const handlers: Record<string, (props: Record<string, unknown>) => unknown> = {
    VKWebAppInit: () => {
      emit('VKWebAppUpdateConfig', config());
      // showwidget=1: the launch page's installed widget as VK would show it (the e2e reads it).
      const doc = documentBody();
      if (options.showWidget && doc && groupId !== null)
        void showWidgetWindow(doc, appearance, widgetOf(groupId), 'view');
      return { result: true };
    },
    VKWebAppGetLaunchParams: () => ({ ...launchParams }),
    VKWebAppGetConfig: () => config(),
    VKWebAppGetAuthToken: (props) => {
      checkApp(props);
      const { asked, granted } = scopesOf(props['scope'], USER_SCOPES);
      if (options.deny.has('token') || asked.some((s) => options.deny.has(s))) throw USER_DENIED();
      return { access_token: api.userToken(userId, granted), scope: granted.join(',') };
    },
    VKWebAppGetCommunityToken: (props) => {
      checkApp(props);
      const gid = Number(props['group_id']);
      if (!Number.isInteger(gid) || !world.pageById.has(gid)) throw INVALID_PARAMS('group_id');
      const { asked, granted } = scopesOf(props['scope'], COMMUNITY_SCOPES);
      if (!isAdminOf(gid) || options.deny.has('community') || asked.some((s) => options.deny.has(s)))
        throw USER_DENIED();
      return { access_token: api.communityToken(gid, granted), scope: granted.join(',') };
    },
    VKWebAppCallAPIMethod: async (props) => {
      const method = props['method'];
      const raw = props['params'];
      if (typeof method !== 'string' || typeof raw !== 'object' || raw === null)
        throw INVALID_PARAMS('method, params');
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(raw)) if (v !== undefined && v !== null) params[k] = String(v);
      let body;
      try {
        body = await api.request(method, params);
      } catch (err) {
        if (err instanceof FakeNetworkError) throw clientError(1, 'Network error');
        throw err;
      }
      if ('error' in body) {
        const { error_code, error_msg, request_params } = body.error;
        throw {
          error_type: 'api_error',
          error_data: { error_code, error_msg, request_params },
        } satisfies BridgeError;
      }
      return body;
    },
    VKWebAppStorageGet: (props) => {
      const keys = props['keys'];
      if (!Array.isArray(keys) || keys.length === 0 || keys.length > 1000 || !keys.every(validKey))
        throw INVALID_PARAMS('keys');
      return { keys: keys.map((key) => ({ key, value: storage.get(ns, key) ?? '' })) };
    },
    VKWebAppStorageSet: (props) => {
      const key = props['key'];
      if (!validKey(key)) throw INVALID_PARAMS('key');
      const value = truncateUtf8(String(props['value'] ?? ''));
      const known = storage.keys(ns);
      if (value !== '' && !known.includes(key) && known.length >= STORAGE_KEYS_MAX)
        throw clientError(1, 'Unknown error', 'too many keys');
      storage.set(ns, key, value);
      return { result: true };
    },
    VKWebAppStorageGetKeys: (props) => {
      const count = Math.min(1000, Math.max(0, Number(props['count'] ?? 100) || 0));
      const offset = Math.max(0, Number(props['offset'] ?? 0) || 0);
      return { keys: storage.keys(ns).slice(offset, offset + count) };
    },
    VKWebAppCopyText: (props) => {
      if (typeof props['text'] !== 'string') throw INVALID_PARAMS('text');
      copiedText = props['text'];
      const clipboard = (
        globalThis as { navigator?: { clipboard?: { writeText?: (t: string) => Promise<void> } } }
      ).navigator?.clipboard;
      void clipboard?.writeText?.(copiedText).catch(() => undefined);
      return { result: true };
    },
    VKWebAppAddToCommunity: () => {
      const gid =
        groupId !== null && isAdminOf(groupId)
          ? groupId
          : world.pages.find((p) => p.district && isAdminOf(p.id))?.id;
      if (gid === undefined) throw USER_DENIED();
      install(world, gid);
      return { group_id: gid };
    },
    VKWebAppShowCommunityWidgetPreviewBox: async (props) => {
      const gid = Number(props['group_id']);
      if (!Number.isInteger(gid) || !isAdminOf(gid)) throw USER_DENIED();
      const token = api.communityToken(gid, ['app_widget']);
      const type = String(props['type'] ?? '');
      const code = String(props['code'] ?? '');
      const networkError = (err: unknown) => {
        throw err instanceof FakeNetworkError ? clientError(1, 'Network error') : err;
      };
      // With a DOM the admin sees the widget first; without one (tests, the CLI) it is saved at once.
      const doc = documentBody();
      if (doc) {
        const value = await evaluateWidget(token, code).catch(networkError);
        if (!(await showWidgetWindow(doc, appearance, value, 'preview'))) throw USER_DENIED();
      }
      const body = await api
        .request('appWidgets.update', { type, code, access_token: token, v: API_VERSION })
        .catch(networkError);
      if ('error' in body) throw clientError(5, 'Invalid params', body.error.error_msg);
      install(world, gid);
      return { result: true };
    },
    VKWebAppGetUserInfo: () => {
      const p = person(world.seed, userId);
      if (!p) throw clientError(1, 'Unknown error');
      return {
        id: userId,
        first_name: p.firstName,
        last_name: p.lastName,
        sex: p.sex,
        photo_100: personPhoto(p, 100),
        photo_200: personPhoto(p, 200),
        city: { id: 0, title: 'Лесногорск' },
        country: { id: 1, title: 'Россия' },
        timezone: 3,
      };
    },
    VKWebAppJoinGroup: (props) => {
      const gid = Number(props['group_id']);
      if (!Number.isInteger(gid) || !world.pageById.has(gid)) throw INVALID_PARAMS('group_id');
      join(world, gid, userId);
      return { result: true };
    },
    VKWebAppLeaveGroup: (props) => {
      const gid = Number(props['group_id']);
      if (!Number.isInteger(gid) || !world.pageById.has(gid)) throw INVALID_PARAMS('group_id');
      leave(world, gid, userId);
      return { result: true };
    },
    VKWebAppOpenWallPost: async (props) => {
      const ownerId = Number(props['owner_id']);
      const postId = Number(props['post_id']);
      if (!Number.isInteger(ownerId) || ownerId === 0 || !Number.isInteger(postId) || postId < 1)
        throw INVALID_PARAMS('owner_id, post_id');
      const post = publishedPost(world, ownerId, postId);
      if (!post) throw INVALID_PARAMS('post_id');
      openedPosts.push(`${ownerId}_${postId}`);
      const doc = documentBody();
      // Without a DOM (tests, the CLI) VK's window opens and closes at once.
      if (doc) await showPostWindow(doc, appearance, postControls(post));
      return { result: true };
    },
  };

  const EVENT_NAMES: Record<string, [string, string]> = {
    VKWebAppGetAuthToken: ['VKWebAppAccessTokenReceived', 'VKWebAppAccessTokenFailed'],
  };

  return {
    world,
    api,
    options,
    clock,
    launchParams,
    get copiedText() {
      return copiedText;
    },
    openedPosts,
    widgetOf,
    setAppearance,
    launchSearch: () =>
      new URLSearchParams(
        Object.entries(launchParams).map(([k, v]) => [k, String(v)] as [string, string]),
      ).toString(),
    async send(method, props = {}) {
      const [ok, failed] = (Object.hasOwn(EVENT_NAMES, method) ? EVENT_NAMES[method] : undefined) ?? [
        `${method}Result`,
        `${method}Failed`,
      ];
      const handler = Object.hasOwn(handlers, method) ? handlers[method] : undefined;
      try {
        if (!handler) throw clientError(6, 'Unsupported platform');
        const data = await handler(props);
        emit(ok, data);
        return data;
      } catch (err) {
        emit(failed, err);
        throw err;
      }
    },
    subscribe: (listener) => void listeners.add(listener),
    unsubscribe: (listener) => void listeners.delete(listener),
  };
}

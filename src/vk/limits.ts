// Every VK limit the adapter relies on, in one place. Values marked "unconfirmed" come from folklore,
// not from VK's documentation: change them here if real VK disagrees.

/** VK API version sent with every call. */
export const API_VERSION = '5.199';

/** API calls inside one `execute` request (VK's limit; the 26th fails with error 13). */
export const EXECUTE_MAX_CALLS = 25;

/** Requests per second for a user token. */
export const USER_RPS = 3;
/** Requests per second for a community token. */
export const COMMUNITY_RPS = 20;
/**
 * The window the rate limit is counted in: 1 s plus a 10% margin, because requests leave on our clock
 * but are counted on VK's, and an error 6 costs far more than the margin.
 */
export const RATE_WINDOW_MS = 1_100;

/** Page sizes (the method's maximum `count`). */
export const WALL_GET_MAX = 100;
export const COMMENTS_MAX = 100;
export const LIKES_MAX = 1000;
export const MEMBERS_MAX = 1000;
export const USERS_GET_MAX = 1000;
/** Unconfirmed folklore: VK documents no limit for `group_ids`. */
export const GROUPS_GET_BY_ID_MAX = 500;
/** Unconfirmed folklore: VK documents no limit for `user_ids`. */
export const IS_MEMBER_MAX = 500;

/** Page size `paginate` uses for each offset/count method it knows. */
export const PAGE_SIZES: Readonly<Record<string, number>> = {
  'wall.get': WALL_GET_MAX,
  'wall.getComments': COMMENTS_MAX,
  'likes.getList': LIKES_MAX,
  'groups.getMembers': MEMBERS_MAX,
};

/** VK Storage keeps only the first 4096 bytes (UTF-8) of a value. */
export const STORAGE_VALUE_MAX_BYTES = 4096;
/** Keys per namespace (per user, per community). */
export const STORAGE_KEYS_MAX = 1000;
/** Key names: [a-zA-Z_\-0-9], at most 100 characters. */
export const STORAGE_KEY_MAX_LENGTH = 100;
/** Our own cap on chunks per value (256 KB): keeps one value from eating the namespace's key budget. */
export const STORAGE_MAX_CHUNKS = 64;

/** Retries after the first attempt, for errors 6, 9, 10 and network failures. */
export const RETRY_MAX = 4;
/** Exponential backoff: base · 2^attempt, capped (500 ms, 1 s, 2 s, 4 s with the values below). */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8_000;

/**
 * Timeouts (docs/vk-adapter.md, "Timeouts"). A bridge call VK answers by itself (an API request,
 * VK Storage, the config) fails after BRIDGE_REQUEST_TIMEOUT_MS: VK's API answers in about a second,
 * an `execute` of 25 wall pages in a few, so 15 s means the answer is lost, not slow.
 */
export const BRIDGE_REQUEST_TIMEOUT_MS = 15_000;
/** A bridge call that waits for the viewer (an access dialog, VK's own post or widget screen). */
export const BRIDGE_DIALOG_TIMEOUT_MS = 5 * 60_000;
/**
 * Until the bridge has answered anything at all (VK answers VKWebAppInit within milliseconds), any
 * call fails after this: nothing is listening (the app was opened outside VK's frame).
 */
export const BRIDGE_SILENCE_TIMEOUT_MS = 10_000;
/** A timed-out read is retried this many times (not RETRY_MAX: each attempt costs a whole timeout). */
export const TIMEOUT_RETRY_MAX = 1;
/** The HTTP transport (the report CLI's live mode): no answer by then is a timeout. */
export const HTTP_REQUEST_TIMEOUT_MS = 30_000;

/** Delay before retry number `attempt` (0-based). */
export function backoffMs(attempt: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
}

/** Splits ids into batches of at most `size` (e.g. GROUPS_GET_BY_ID_MAX per groups.getById call). */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** wall.getComments returns at most this many replies of each thread inline (thread_items_count). */
export const THREAD_ITEMS_MAX = 10;

/** VK accepts one widget update (appWidgets.update) per 30 seconds. */
export const WIDGET_UPDATE_MIN_INTERVAL_MS = 30_000;
/** How often the leaderboard refreshes its community widget (when the code changed). */
export const WIDGET_REFRESH_INTERVAL_MS = 60_000;

// A deadline on every bridge call. VK Bridge has none: a call its client drops, or any call when the
// app is opened outside VK's frame (the real bridge then posts to itself and nothing answers), would
// keep its promise pending for ever and the screen waiting for ever. Here each call settles once,
// with VK's answer or with a VkTimeoutError; an answer that comes after the timeout is dropped.
// Timer values and their reasons: limits.ts and docs/vk-adapter.md ("Timeouts").
import type { BridgeEvent, BridgeLike } from './bridge-like';
import { VkTimeoutError } from './errors';
import { BRIDGE_DIALOG_TIMEOUT_MS, BRIDGE_REQUEST_TIMEOUT_MS, BRIDGE_SILENCE_TIMEOUT_MS } from './limits';

export interface BridgeTimeouts {
  /** A call VK answers by itself: API requests, VK Storage, the config, copying a text. */
  requestMs: number;
  /** A call that waits for the viewer: an access dialog, VK's own post or widget screen. */
  dialogMs: number;
  /** Any call, while the bridge has never answered anything. */
  silenceMs: number;
}

export const DEFAULT_BRIDGE_TIMEOUTS: BridgeTimeouts = {
  requestMs: BRIDGE_REQUEST_TIMEOUT_MS,
  dialogMs: BRIDGE_DIALOG_TIMEOUT_MS,
  silenceMs: BRIDGE_SILENCE_TIMEOUT_MS,
};

/** Methods whose answer waits for the viewer (they get `dialogMs`); every other method `requestMs`. */
export const DIALOG_METHODS: ReadonlySet<string> = new Set([
  'VKWebAppGetAuthToken',
  'VKWebAppGetCommunityToken',
  'VKWebAppAddToCommunity',
  'VKWebAppJoinGroup',
  'VKWebAppLeaveGroup',
  'VKWebAppShowCommunityWidgetPreviewBox',
  'VKWebAppOpenWallPost',
  'VKWebAppDownloadFile',
  'VKWebAppShare',
  'VKWebAppShowWallPostBox',
  'VKWebAppAllowNotifications',
  'VKWebAppAllowMessagesFromGroup',
  'VKWebAppShowImages',
]);

export interface TimedBridge extends BridgeLike {
  /** True once the bridge has answered a call or sent one of VK's events. */
  readonly alive: boolean;
  /** Answers that arrived after their call had timed out (dropped). */
  readonly lateAnswers: number;
}

/**
 * VK's own events are named VKWebApp…; outside VK's frame the real bridge receives its own outgoing
 * messages back (type "vk-connect", no data), which must not count as a sign of life.
 */
function isVkEvent(event: BridgeEvent): boolean {
  return typeof event.detail?.type === 'string' && event.detail.type.startsWith('VKWebApp');
}

/** `bridge` with a timeout on every call (real timers: a timeout is wall-clock time by nature). */
export function withTimeouts(bridge: BridgeLike, timeouts: Partial<BridgeTimeouts> = {}): TimedBridge {
  const limits = { ...DEFAULT_BRIDGE_TIMEOUTS, ...timeouts };
  let alive = false;
  let lateAnswers = 0;
  bridge.subscribe((event) => {
    if (isVkEvent(event)) alive = true;
  });

  function send(method: string, props?: Record<string, unknown>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const ownMs = DIALOG_METHODS.has(method) ? limits.dialogMs : limits.requestMs;
      let settled = false;
      const timers: ReturnType<typeof setTimeout>[] = [];
      const settle = (): boolean => {
        if (settled) return false;
        settled = true;
        timers.forEach((timer) => clearTimeout(timer));
        return true;
      };
      const expire = (timeoutMs: number, silent: boolean) => {
        if (settle()) reject(new VkTimeoutError({ method, timeoutMs, silent }));
      };
      timers.push(setTimeout(() => expire(ownMs, !alive), ownMs));
      if (!alive && limits.silenceMs < ownMs) {
        timers.push(
          setTimeout(() => {
            if (!alive) expire(limits.silenceMs, true);
          }, limits.silenceMs),
        );
      }
      const answered = (deliver: () => void) => {
        alive = true;
        if (settle()) deliver();
        else lateAnswers += 1;
      };
      let sent: Promise<unknown>;
      try {
        sent = bridge.send(method, props);
      } catch (err) {
        sent = Promise.reject(err);
      }
      sent.then(
        (value) => answered(() => resolve(value)),
        (err: unknown) => answered(() => reject(err)),
      );
    });
  }

  return {
    send,
    subscribe: (listener) => bridge.subscribe(listener),
    unsubscribe: (listener) => bridge.unsubscribe(listener),
    get alive() {
      return alive;
    },
    get lateAnswers() {
      return lateAnswers;
    },
  };
}

// The slice of VK Bridge the app uses. The real @vkontakte/vk-bridge satisfies it, and so does the
// demo's fake bridge (src/demo/), so no feature ever asks "am I in demo?".

export interface BridgeEvent {
  detail: { type: string; data: unknown };
}

export type BridgeListener = (event: BridgeEvent) => void;

export interface BridgeLike {
  /** Sends a bridge method (VKWebAppInit, VKWebAppCallAPIMethod, …); rejects with the bridge's error data. */
  send(method: string, props?: Record<string, unknown>): Promise<unknown>;
  subscribe(listener: BridgeListener): void;
  unsubscribe(listener: BridgeListener): void;
}

// What the widget worker needs from the app (docs/widget-worker.md): the page's community token with
// the widget right and the admin's user token, read only when the admin asks, held by the screen
// alone (never stored, logged or sent anywhere), and the worker's settings file filled in with them.
import type { TokenProvider } from '../../vk/tokens';

export interface WorkerKeys {
  userToken: string;
  communityToken: string;
}

/** Asks VK for both tokens (VK may ask the admin to allow the widget right first). */
export async function readWorkerKeys(
  tokens: Pick<TokenProvider, 'getUserToken' | 'getCommunityToken'>,
  groupId: number,
): Promise<WorkerKeys> {
  const communityToken = await tokens.getCommunityToken(groupId, ['app_widget']);
  const userToken = await tokens.getUserToken();
  return { userToken, communityToken };
}

/** The worker's settings file, as docs/widget-worker/pulse-widget.env.example lays it out. */
export function workerSettingsText(o: { groupId: number; appId: number; keys: WorkerKeys }): string {
  return [
    `PULSE_GROUP_ID=${o.groupId}`,
    `PULSE_APP_ID=${o.appId}`,
    `PULSE_USER_TOKEN=${o.keys.userToken}`,
    `PULSE_COMMUNITY_TOKEN=${o.keys.communityToken}`,
    '',
  ].join('\n');
}

// Bridge actions the screens use: install the app into a community, copy a text, open a post, open
// VK's post box, show the community widget preview.
import { z } from 'zod/mini';
import type { BridgeLike } from './bridge-like';
import { BRIDGE_USER_DENIED } from './errors';

const addedSchema = z.looseObject({ group_id: z.coerce.number().check(z.int(), z.positive()) });

/**
 * VKWebAppAddToCommunity: VK shows its own dialog to pick one of the viewer's communities.
 * Resolves with the community id, or null when the viewer closed the dialog.
 */
export async function addAppToCommunity(bridge: BridgeLike): Promise<number | null> {
  try {
    const parsed = addedSchema.safeParse(await bridge.send('VKWebAppAddToCommunity'));
    return parsed.success ? parsed.data.group_id : null;
  } catch {
    return null;
  }
}

/** VKWebAppCopyText; false when the platform refused (the UI then shows the text to copy by hand). */
export async function copyText(bridge: BridgeLike, text: string): Promise<boolean> {
  try {
    await bridge.send('VKWebAppCopyText', { text });
    return true;
  } catch {
    return false;
  }
}

/** VK's native clients (iOS, Android) cannot save a file from a link inside the mini app's web view. */
export function needsBridgeDownload(platform: string): boolean {
  return platform === 'mobile_android' || platform === 'mobile_iphone' || platform === 'mobile_ipad';
}

/**
 * VKWebAppDownloadFile (iOS and Android): the client downloads `url` itself. We have no server to
 * host the file, so the url is a data: URL — unverified against the clients; false when refused,
 * and the UI falls back to the browser link and «Скопировать таблицей».
 */
export async function downloadViaBridge(bridge: BridgeLike, url: string, filename: string): Promise<boolean> {
  try {
    await bridge.send('VKWebAppDownloadFile', { url, filename });
    return true;
  } catch {
    return false;
  }
}

/**
 * VKWebAppJoinGroup: VK asks the viewer to subscribe to the community. True when VK reports the
 * subscription; false when the viewer declined or the platform refused (the caller re-checks anyway).
 */
export async function joinGroup(bridge: BridgeLike, groupId: number): Promise<boolean> {
  try {
    const answer = await bridge.send('VKWebAppJoinGroup', { group_id: groupId });
    return resultFlag(answer);
  } catch {
    return false;
  }
}

/**
 * VKWebAppOpenWallPost: opens the post in VK's own viewer, where the viewer can like, repost or
 * comment. Resolves when the viewer comes back; false when the platform cannot open it (the caller
 * then offers the post's link).
 */
export async function openWallPost(bridge: BridgeLike, postRef: string): Promise<boolean> {
  const match = /^(-?\d+)_(\d+)$/.exec(postRef);
  if (!match) return false;
  try {
    await bridge.send('VKWebAppOpenWallPost', { owner_id: Number(match[1]), post_id: Number(match[2]) });
    return true;
  } catch {
    return false;
  }
}

/** How VK's post box ended: a post made, closed by the viewer, or not available (copy and open instead). */
export type PostBoxOutcome =
  { kind: 'posted'; postId: number | null } | { kind: 'closed' } | { kind: 'unavailable' };

/**
 * VKWebAppShowWallPostBox on the community's wall: VK's own box with the text, where the admin edits
 * it, attaches photos and sets the time (scheduling stays VK's). 'closed' when the admin closed it
 * (error 4, «User denied»); 'unavailable' for any other refusal (a client without the method).
 */
export async function showPostBox(
  bridge: BridgeLike,
  groupId: number,
  message: string,
): Promise<PostBoxOutcome> {
  try {
    const answer = await bridge.send('VKWebAppShowWallPostBox', { owner_id: -groupId, message });
    const postId = Number((answer as { post_id?: unknown } | null)?.post_id);
    return { kind: 'posted', postId: Number.isInteger(postId) && postId > 0 ? postId : null };
  } catch (err) {
    return isUserDenied(err) ? { kind: 'closed' } : { kind: 'unavailable' };
  }
}

function resultFlag(answer: unknown): boolean {
  if (typeof answer !== 'object' || answer === null || !('result' in answer)) return true;
  return answer.result !== false;
}

export type WidgetType = 'table' | 'list' | 'text' | 'tiles' | 'compact_list' | 'cover_list';

/**
 * VKWebAppShowCommunityWidgetPreviewBox: VK shows the widget the code returns and, when the admin
 * saves it, installs it in the community. Resolves true when saved, false when the admin cancelled
 * (error 4, «User denied»); any other refusal rejects with the bridge's error.
 */
export async function showWidgetPreview(
  bridge: BridgeLike,
  groupId: number,
  type: WidgetType,
  code: string,
): Promise<boolean> {
  try {
    await bridge.send('VKWebAppShowCommunityWidgetPreviewBox', { group_id: groupId, type, code });
    return true;
  } catch (err) {
    if (isUserDenied(err)) return false;
    throw err;
  }
}

function isUserDenied(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('error_data' in err)) return false;
  const data = err.error_data;
  return (
    typeof data === 'object' &&
    data !== null &&
    'error_code' in data &&
    data.error_code === BRIDGE_USER_DENIED
  );
}

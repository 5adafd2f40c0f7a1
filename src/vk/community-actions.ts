// Bridge actions the supervisor screens use: install the app into a community, copy a text.
import { z } from 'zod';
import type { BridgeLike } from './bridge-like';

const addedSchema = z.looseObject({ group_id: z.coerce.number().int().positive() });

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

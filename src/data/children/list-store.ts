// The supervisor's list of subordinate pages with each one's category. It lives in the parent
// page's community storage when the viewer can get that community's token (every admin of the
// parent then sees the same list), otherwise in the viewer's own VK Storage; the screen says which.
import { z } from 'zod/mini';
import type { VkApi } from '../../vk/api-client';
import { TokenRefusedError } from '../../vk/errors';
import { createCommunityStorage, type VkStorage } from '../../vk/storage';
import type { TokenStore } from '../../vk/tokens';

export const childEntrySchema = z.object({
  id: z.int().check(z.positive()),
  name: z.string(),
  /** null: not set yet (treated as active, as the methodology says). */
  category: z.nullable(z.enum(['flagship', 'active', 'card'])),
});

export const childrenListSchema = z.object({
  version: z.literal(1),
  entries: z.array(childEntrySchema),
  /** Unix seconds of the last save. */
  savedAt: z.number(),
});

export type ChildEntry = z.infer<typeof childEntrySchema>;
export type ChildrenList = z.infer<typeof childrenListSchema>;

export type ListPlace = 'community' | 'user';

export interface ListStore {
  place: ListPlace;
  load(): Promise<ChildrenList | null>;
  save(entries: readonly ChildEntry[], now: number): Promise<ChildrenList>;
}

/** In the community's own namespace the key needs no parent id; in the viewer's it does. */
function keyFor(place: ListPlace, parentId: number | null): string {
  return place === 'community' ? 'children' : `children_${parentId ?? 'own'}`;
}

function storeOver(storage: VkStorage, place: ListPlace, parentId: number | null): ListStore {
  const key = keyFor(place, parentId);
  return {
    place,
    load: () => storage.getJson(key, childrenListSchema),
    async save(entries, now) {
      const list: ChildrenList = { version: 1, entries: [...entries], savedAt: now };
      await storage.setJson(key, list);
      return list;
    },
  };
}

/**
 * Picks where the list lives: the parent's community storage when its community token is granted
 * (admins only; VK shows its own dialog), otherwise the viewer's storage. A refusal is not an error.
 */
export async function openListStore(deps: {
  api: VkApi;
  tokens: TokenStore;
  userStorage: VkStorage;
  parentId: number | null;
  tryCommunity: boolean;
}): Promise<ListStore> {
  const { api, tokens, userStorage, parentId, tryCommunity } = deps;
  if (parentId !== null && tryCommunity) {
    try {
      await tokens.getCommunityToken(parentId, []);
      return storeOver(createCommunityStorage(api, parentId), 'community', parentId);
    } catch (error) {
      if (!(error instanceof TokenRefusedError)) throw error;
    }
  }
  return storeOver(userStorage, 'user', parentId);
}

/** Adds pages not in the list yet (by id), keeping the order and the categories already set. */
export function mergeEntries(current: readonly ChildEntry[], added: readonly ChildEntry[]): ChildEntry[] {
  const seen = new Set(current.map((entry) => entry.id));
  const merged = [...current];
  for (const entry of added) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    merged.push(entry);
  }
  return merged;
}

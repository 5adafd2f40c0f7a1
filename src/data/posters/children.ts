// The supervisor's pages for the bulk posters: the same list the table reads (list-store: the parent's
// community storage or the viewer's), each page resolved for its name, short address and theme.
import type { TokenStore } from '../../vk/tokens';
import type { VkApi } from '../../vk/api-client';
import type { VkStorage } from '../../vk/storage';
import { openListStore, type ChildEntry, type ListPlace } from '../children/list-store';
import { fetchPosterPages, type PosterPage } from './pages';

export interface ChildrenPosterPages {
  place: ListPlace;
  /** The list in its order. */
  entries: readonly ChildEntry[];
  /** What VK says about each page; a page VK no longer knows is absent. */
  pages: ReadonlyMap<number, PosterPage>;
}

export async function loadChildrenPosterPages(deps: {
  api: VkApi;
  tokens: TokenStore;
  userStorage: VkStorage;
  parentId: number | null;
  tryCommunity: boolean;
}): Promise<ChildrenPosterPages> {
  const store = await openListStore(deps);
  const entries = (await store.load())?.entries ?? [];
  const pages =
    entries.length > 0
      ? await fetchPosterPages(
          deps.api,
          entries.map((entry) => entry.id),
        )
      : new Map();
  return { place: store.place, entries, pages };
}

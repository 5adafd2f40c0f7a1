// Pictures for the quiz questions: the photos attached to the page's own recent posts.
import type { VkApi } from '../../vk/api-client';
import { WALL_GET_MAX } from '../../vk/limits';
import type { WirePhoto, WirePhotoSize } from '../../vk/wire-photos';
import { wallGetWithAttachmentsResponse } from '../../vk/wire-posts';

/** Wide enough for a question card, small enough to load fast on a phone. */
export const PHOTO_MAX_WIDTH = 807;

export interface PagePhoto {
  url: string;
  /** `photo<owner>_<id>`, VK's attachment name. */
  ref: string;
}

function sizeUrl(size: WirePhotoSize): string | null {
  return size.url ?? size.src ?? null;
}

/** The largest size at most PHOTO_MAX_WIDTH wide; the narrowest when every size is wider. */
export function photoUrl(photo: WirePhoto): string | null {
  const sizes = (photo.sizes ?? []).filter((s) => sizeUrl(s) !== null);
  const fitting = sizes.filter((s) => s.width <= PHOTO_MAX_WIDTH).sort((a, b) => b.width - a.width);
  const best = fitting[0] ?? [...sizes].sort((a, b) => a.width - b.width)[0];
  return best ? sizeUrl(best) : null;
}

/** Photos of the page's latest `count` own posts, newest post first, each photo once. */
export async function pagePhotos(api: VkApi, groupId: number, count = 30): Promise<PagePhoto[]> {
  const page = await api.call({
    method: 'wall.get',
    params: { owner_id: -groupId, filter: 'owner', offset: 0, count: Math.min(count, WALL_GET_MAX) },
    schema: wallGetWithAttachmentsResponse,
    pick: { count: true, items: ['id', 'date', 'attachments'] },
    label: `club${groupId}`,
  });
  const seen = new Set<string>();
  const out: PagePhoto[] = [];
  for (const post of [...page.items].sort((a, b) => b.date - a.date)) {
    for (const attachment of post.attachments ?? []) {
      const photo = attachment.type === 'photo' ? attachment.photo : null;
      const url = photo ? photoUrl(photo) : null;
      if (!photo || url === null) continue;
      const ref = `photo${photo.owner_id}_${photo.id}`;
      if (seen.has(ref)) continue;
      seen.add(ref);
      out.push({ url, ref });
    }
  }
  return out;
}

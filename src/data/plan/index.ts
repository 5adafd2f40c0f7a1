// What «План публикаций» reads: the page's three months of posts (the month's count and the history's
// best hour), its scheduled posts when the viewer manages it, its settings (category, time zone) and
// the institution type the admin picked on the poster screen, if any. The plan itself is the core's.
import type { InstitutionType } from '../../core/posters';
import type { PageInfo, Post } from '../../core/types';
import type { VkApi } from '../../vk/api-client';
import type { VkStorage } from '../../vk/storage';
import { fetchHistory } from '../history/read-history';
import { DEFAULT_PAGE_SETTINGS, loadPageSettings, type PageSettings } from '../page-settings';
import { fetchPostponed, type PostponedRead } from '../page-snapshot';
import { loadPosterSettings } from '../posters/settings';

export interface PlanRead {
  page: PageInfo;
  /** VK's theme of the page: with the name, what the sphere is guessed from. */
  activity: string | null;
  /** Own published posts of the last three months and more, plus the scheduled ones when read. */
  posts: Post[];
  /** Unix seconds: the oldest moment the published posts cover (the heat map's window). */
  postsFrom: number;
  /** 'not-requested' for a viewer who does not manage the page. */
  scheduled: PostponedRead['state'] | 'not-requested';
  settings: PageSettings;
  /** The type the admin picked (shared with the poster screen); null: the guess from the name. */
  institutionType: InstitutionType | null;
}

export async function readPlan(
  api: VkApi,
  userStorage: VkStorage,
  o: { groupId: number; now: number; canManage: boolean },
): Promise<PlanRead> {
  // Issued together: the head, the first wall page and the scheduled posts share one request.
  const [history, postponed, settings, poster] = await Promise.all([
    fetchHistory(api, o.groupId, { now: o.now }),
    o.canManage ? fetchPostponed(api, o.groupId) : null,
    // Defaults (Moscow time, no override) are a fine answer when storage fails.
    loadPageSettings(userStorage, o.groupId).catch(() => DEFAULT_PAGE_SETTINGS),
    loadPosterSettings(userStorage, o.groupId).catch(() => null),
  ]);
  return {
    page: history.page,
    activity: history.activity,
    posts: [...history.posts, ...(postponed?.posts ?? [])],
    postsFrom: history.postsFrom,
    scheduled: postponed?.state ?? 'not-requested',
    settings,
    institutionType: poster?.institutionType ?? null,
  };
}

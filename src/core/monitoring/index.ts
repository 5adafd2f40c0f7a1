// Monitoring-grade ER: the plain ER's sample (er.ts erSample) with what the federal monitoring does not
// count taken out — comments the community wrote itself and the likes, comments and reposts of
// deleted or banned accounts (docs/methodology.md, "Monitoring-grade ER"). Likes on comments and poll
// votes need no step: VK's post counters (likes.count of the post object) already leave them out.

import type { ErResult } from '../er';
import { resolveOptions, type OptionsOverride } from '../options';
import { achievementOf, percentOf } from '../round';
import type { Post } from '../types';
import type { ErDifference, MonitoringEr, MonitoringErInput, PostAudience, UncheckedRule } from './types';
import { postRefOf } from '../wall/post-link';

export * from './types';

/** Monitoring rules the API cannot check; the UI lists each as «не проверяется» with its reason. */
export const UNCHECKED_RULES: readonly UncheckedRule[] = [
  // Whether an account follows thousands of pages: subscriptions of others are not readable at scale.
  { kind: 'mass-followers' },
  // Whether a user follows 40+ government pages: no API lists the government pages a user follows.
  { kind: 'gov-pages-40' },
  // Views from ads and stories: views.count of a post does not say where a view came from.
  { kind: 'ads-and-stories-views' },
];

// MonitoringErInput.audiences is keyed by the posts' refs.
export { postRefOf };

/**
 * What the monitoring-grade ER of a sample depends on: its posts and their counters. A result read for
 * another key belongs to an older sample and is never shown as this one's.
 */
export function sampleKey(posts: readonly Post[]): string {
  return posts.map((p) => `${postRefOf(p)}:${p.likes}:${p.comments}:${p.reposts}`).join('|');
}

/**
 * The plain ER minus what the monitoring removes, over the same sample and views. Reactions never go
 * below 0; percent and achievement use the same rounding and target as the plain ER. A sampled post
 * without an audience (or with a cut list) keeps its counters and makes the result incomplete.
 */
export function computeMonitoringEr(
  er: ErResult,
  input: MonitoringErInput,
  options?: OptionsOverride,
): MonitoringEr {
  const target = options ? resolveOptions(options).erTargetPercent : er.targetPercent;
  const community = -Math.abs(input.groupId);
  const inactive = new Set(input.inactive);
  const removed: Record<ErDifference['kind'], number> = {
    'community-comments': 0,
    'inactive-likes': 0,
    'inactive-comments': 0,
    'inactive-reposts': 0,
  };
  const actions = new Map<number, number>();
  const count = (id: number) => actions.set(id, (actions.get(id) ?? 0) + 1);
  let complete = true;

  for (const post of er.posts) {
    const audience: PostAudience | undefined = input.audiences.get(postRefOf(post));
    if (!audience) {
      complete = false;
      continue;
    }
    if (!audience.complete) complete = false;
    for (const id of audience.likers) {
      if (inactive.has(id)) removed['inactive-likes'] += 1;
      else count(id);
    }
    for (const id of audience.commenters) {
      if (id === community) removed['community-comments'] += 1;
      else if (inactive.has(id)) removed['inactive-comments'] += 1;
      else count(id);
    }
    for (const id of audience.reposters) {
      if (inactive.has(id)) removed['inactive-reposts'] += 1;
      else count(id);
    }
  }

  const differences: ErDifference[] = (Object.keys(removed) as ErDifference['kind'][])
    .filter((kind) => removed[kind] > 0)
    .map((kind) => ({ kind, count: removed[kind] }));
  const totalRemoved = differences.reduce((total, d) => total + d.count, 0);
  const reactions = Math.max(0, er.reactions - totalRemoved);
  const percent = percentOf(reactions, er.views);

  return {
    reactions,
    views: er.views,
    percent,
    achievement: achievementOf(percent, target),
    differences,
    unchecked: UNCHECKED_RULES.map((rule) => ({ ...rule })),
    topTenShare: topTenShare(actions),
    managersShare: managersShare(actions, input.managers),
    complete,
  };
}

/** Share (0–1) of all counted actions made by the ten most active accounts; null with none. */
function topTenShare(actions: ReadonlyMap<number, number>): number | null {
  const total = totalOf(actions.values());
  if (total === 0) return null;
  const top = [...actions.values()].sort((a, b) => b - a).slice(0, 10);
  return totalOf(top) / total;
}

/** Share (0–1) of counted actions made by the managers; null when unknown, none, or no actions. */
function managersShare(
  actions: ReadonlyMap<number, number>,
  managers: readonly number[] | null,
): number | null {
  if (managers === null || managers.length === 0) return null;
  const total = totalOf(actions.values());
  if (total === 0) return null;
  const ids = new Set(managers);
  let theirs = 0;
  for (const [id, n] of actions) if (ids.has(id)) theirs += n;
  return theirs / total;
}

function totalOf(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

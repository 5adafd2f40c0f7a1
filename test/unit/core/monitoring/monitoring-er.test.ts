import { describe, expect, it } from 'vitest';
import { computeEr } from '../../../../src/core/er';
import {
  UNCHECKED_RULES,
  computeMonitoringEr,
  postRefOf,
  type MonitoringErInput,
  type PostAudience,
} from '../../../../src/core/monitoring';
import type { Post } from '../../../../src/core/types';
import { msk, post } from '../helpers';

const NOW = msk('2024-11-20T12:00');
const GROUP = 1;
const COMMUNITY = -GROUP;

/** An audience matching the post's counters unless overridden. */
function audience(p: Post, over: Partial<PostAudience> = {}): PostAudience {
  return { ref: postRefOf(p), likers: [], reposters: [], commenters: [], complete: true, ...over };
}

function input(audiences: PostAudience[], over: Partial<MonitoringErInput> = {}): MonitoringErInput {
  return {
    groupId: GROUP,
    audiences: new Map(audiences.map((a) => [a.ref, a])),
    inactive: [],
    managers: null,
    ...over,
  };
}

const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('computeMonitoringEr', () => {
  // One post: 10 likes (2 deleted accounts), 5 comments (2 by the community, 1 banned), 3 reposts
  // (1 deleted), 1,000 views. Plain: 18 / 1000 = 1.8%; monitoring: 18 − 6 = 12 → 1.2%, 40%.
  const p = post({ date: NOW - 100, likes: 10, comments: 5, reposts: 3, views: 1000 });
  const er = computeEr([p], { now: NOW });
  const full = audience(p, {
    likers: [...ids(100, 8), 901, 902],
    commenters: [COMMUNITY, 100, COMMUNITY, 903, 101],
    reposters: [100, 102, 904],
  });

  it('removes community comments and the reactions of deleted or banned accounts', () => {
    const m = computeMonitoringEr(er, input([full], { inactive: [901, 902, 903, 904] }));
    expect(er.reactions).toBe(18);
    expect(er.percent).toBe(1.8);
    expect(m.reactions).toBe(12);
    expect(m.views).toBe(1000);
    expect(m.percent).toBe(1.2);
    expect(m.achievement).toBe(40);
    expect(m.differences).toEqual([
      { kind: 'community-comments', count: 2 },
      { kind: 'inactive-likes', count: 2 },
      { kind: 'inactive-comments', count: 1 },
      { kind: 'inactive-reposts', count: 1 },
    ]);
    expect(m.complete).toBe(true);
  });

  it('lists only the differences with a count, and equals the plain ER when nothing is removed', () => {
    const clean = audience(p, { likers: ids(100, 10), commenters: ids(100, 5), reposters: ids(100, 3) });
    const m = computeMonitoringEr(er, input([clean]));
    expect(m.differences).toEqual([]);
    expect(m.reactions).toBe(er.reactions);
    expect(m.percent).toBe(er.percent);
    expect(m.achievement).toBe(er.achievement);

    const one = computeMonitoringEr(er, input([audience(p, { commenters: [COMMUNITY] })]));
    expect(one.differences).toEqual([{ kind: 'community-comments', count: 1 }]);
    expect(one.reactions).toBe(17);
  });

  it('does not treat another community commenting as the page itself', () => {
    const m = computeMonitoringEr(er, input([audience(p, { commenters: [-2, -3] })]));
    expect(m.differences).toEqual([]);
    expect(m.reactions).toBe(18);
  });

  it('never goes below 0 reactions', () => {
    const empty = post({ date: NOW - 100, views: 50 });
    const zero = computeEr([empty], { now: NOW });
    const m = computeMonitoringEr(
      zero,
      input([audience(empty, { likers: [901, 902] })], { inactive: [901, 902] }),
    );
    expect(m.reactions).toBe(0);
    expect(m.percent).toBe(0);
    expect(m.achievement).toBe(0);
  });

  it('keeps the plain views: null views give null percent and achievement', () => {
    const noViews = post({ date: NOW - 100, likes: 3, views: null });
    const plain = computeEr([noViews], { now: NOW });
    const m = computeMonitoringEr(plain, input([audience(noViews, { likers: [1, 2, 3] })]));
    expect(m.views).toBeNull();
    expect(m.percent).toBeNull();
    expect(m.achievement).toBeNull();
    expect(m.reactions).toBe(3);
  });

  it('uses the target of the options (the plain ER’s when none are given)', () => {
    const m = computeMonitoringEr(er, input([full], { inactive: [901, 902, 903, 904] }), {
      erTargetPercent: 2,
    });
    // 1.2 / 2 × 100 = 60
    expect(m.achievement).toBe(60);
  });

  it('rounds half up with the shared helper: 2 / 3 × 100 … of 300 views', () => {
    const q = post({ date: NOW - 100, likes: 8, views: 300 });
    const plain = computeEr([q], { now: NOW });
    const m = computeMonitoringEr(
      plain,
      input([audience(q, { likers: [...ids(1, 7), 901] })], { inactive: [901] }),
    );
    // 7 / 300 × 100 = 2.3333 → 2.33; 2.33 / 3 × 100 = 77.666 → 77.67
    expect(m.percent).toBe(2.33);
    expect(m.achievement).toBe(77.67);
  });

  it('is incomplete when a sampled post has no audience or a cut list', () => {
    const other = post({ date: NOW - 200, likes: 1, views: 10 });
    const plain = computeEr([p, other], { now: NOW });
    expect(computeMonitoringEr(plain, input([full])).complete).toBe(false);
    expect(computeMonitoringEr(plain, input([full, audience(other, { complete: false })])).complete).toBe(
      false,
    );
    expect(computeMonitoringEr(plain, input([full, audience(other)])).complete).toBe(true);
  });

  it('ignores audiences of posts outside the plain sample', () => {
    const old = post({ date: NOW - 10_000, likes: 5 });
    const sample = [1, 2, 3, 4, 5].map((i) => post({ date: NOW - i, likes: 1 }));
    const plain = computeEr([old, ...sample], { now: NOW });
    expect(plain.posts).not.toContain(old);
    const m = computeMonitoringEr(
      plain,
      input([...sample.map((s) => audience(s, { likers: [7] })), audience(old, { likers: [901, 902] })], {
        inactive: [901, 902],
      }),
    );
    expect(m.differences).toEqual([]);
    expect(m.reactions).toBe(5);
  });

  it('lists the rules the API cannot check', () => {
    const m = computeMonitoringEr(er, input([full]));
    expect(m.unchecked).toEqual([
      { kind: 'mass-followers' },
      { kind: 'gov-pages-40' },
      { kind: 'ads-and-stories-views' },
    ]);
    expect(m.unchecked).toEqual(UNCHECKED_RULES);
  });
});

describe('concentration', () => {
  it('top ten accounts over every counted action; removed ones never count', () => {
    // Account 1: 5 likes + 5 comments + 2 reposts = 12 actions across two posts; accounts 2..20 one like each.
    const a = post({ date: NOW - 100, likes: 14, comments: 5, reposts: 1, views: 1000 });
    const b = post({ date: NOW - 200, likes: 10, comments: 1, reposts: 1, views: 1000 });
    const plain = computeEr([a, b], { now: NOW });
    const m = computeMonitoringEr(
      plain,
      input(
        [
          audience(a, {
            likers: [1, ...ids(2, 10), 901, 902, 903],
            commenters: [1, 1, 1, 1, 1],
            reposters: [1],
          }),
          audience(b, { likers: [1, ...ids(12, 9)], commenters: [COMMUNITY], reposters: [1] }),
        ],
        { inactive: [901, 902, 903] },
      ),
    );
    // Counted: account 1 = 1+5+1 + 1+1 = 9; accounts 2..20 = 19 likes; total 28. Top ten: 9 + 9 = 18.
    expect(m.reactions).toBe(plain.reactions - 4);
    expect(m.topTenShare).toBeCloseTo(18 / 28, 12);
    expect(m.managersShare).toBeNull();
  });

  it('managers share: null when unknown or none, a fraction otherwise', () => {
    const a = post({ date: NOW - 100, likes: 4, comments: 2, views: 100 });
    const plain = computeEr([a], { now: NOW });
    const aud = audience(a, { likers: [1, 2, 3, 4], commenters: [1, COMMUNITY] });
    expect(computeMonitoringEr(plain, input([aud], { managers: null })).managersShare).toBeNull();
    expect(computeMonitoringEr(plain, input([aud], { managers: [] })).managersShare).toBeNull();
    // Manager 1: like + comment = 2 of 5 counted actions (the community comment is removed).
    expect(computeMonitoringEr(plain, input([aud], { managers: [1, 99] })).managersShare).toBeCloseTo(
      0.4,
      12,
    );
    expect(computeMonitoringEr(plain, input([aud], { managers: [99] })).managersShare).toBe(0);
    // With ten or fewer accounts the top ten hold everything.
    expect(computeMonitoringEr(plain, input([aud])).topTenShare).toBe(1);
  });

  it('is null with no counted actions', () => {
    const a = post({ date: NOW - 100, likes: 1, views: 100 });
    const plain = computeEr([a], { now: NOW });
    const m = computeMonitoringEr(
      plain,
      input([audience(a, { likers: [901] })], { inactive: [901], managers: [1] }),
    );
    expect(m.topTenShare).toBeNull();
    expect(m.managersShare).toBeNull();
  });
});

// The report's --monitoring: the monitoring-grade ER beside the plain one, from crafted snapshots.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NOW_ISO, exampleSnapshot } from '../core/worked-example';
import { runScript, tempDir } from './cli-harness';
import { run, snapshotFile } from './run';

const ARGS = ['--snapshot', 'snap.json', '--now', EXAMPLE_NOW_ISO];
const MONITORING = [...ARGS, '--monitoring'];
/** Page 101's newest post: the only one of its sample with reactions (see worked-example.ts). */
const REF = '-101_10000';

const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const comment = (id: number, fromId: number, thread: unknown[] = []) => ({
  id,
  from_id: fromId,
  date: 1_732_000_000,
  text: `c${id}`,
  ...(thread.length > 0 ? { thread: { count: thread.length, items: thread } } : {}),
});

/**
 * The worked example with page 101's sample at 20 likes, 5 comments, 4 reposts on 1,000 views:
 * plain ER 29 / 1000 = 2.9%, achievement 96.67. Of them 3 likes, 1 comment and 1 repost come from
 * deleted or banned accounts and 2 comments (one a thread reply) from the community itself:
 * monitoring 29 − 7 = 22 → 2.2%, achievement 2.2 / 3 = 73.33.
 */
function crafted() {
  const snapshot = exampleSnapshot();
  const newest = snapshot.walls['101']!.find((p) => p.id === 10_000)!;
  newest.likes.count = 20;
  newest.comments.count = 5;
  newest.reposts.count = 4;
  newest.views.count = 1000;
  return {
    ...snapshot,
    likes: { [REF]: [...ids(1, 17), 901, 902, 903], '-103_1': [901] },
    comments: {
      [REF]: [comment(1, -101, [comment(2, -101)]), comment(3, 1), comment(4, 904), comment(5, 2)],
    },
    reposts: { [REF]: [1, 2, 3, 905] },
    users: [
      { id: 1, first_name: 'A', last_name: 'B' },
      { id: 901, deactivated: 'deleted' },
      { id: 902, deactivated: 'banned' },
      { id: 903, deactivated: 'deleted' },
      { id: 904, deactivated: 'banned' },
      { id: 905, deactivated: 'deleted' },
    ],
  };
}

describe('report --monitoring', () => {
  const result = run(MONITORING, snapshotFile(crafted()));
  const report = result.json();

  it('prints er.monitoringPercent and er.monitoringAchievement beside the plain figures', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const er = report.communities[0].er;
    expect(er).toMatchObject({ percent: 2.9, achievement: 96.67, reactions: 29, views: 1000 });
    expect(er.monitoringPercent).toBe(2.2);
    expect(er.monitoringAchievement).toBe(73.33);
    expect(er.monitoringReactions).toBe(22);
    expect(er.monitoringComplete).toBe(true);
  });

  it('removes community comments (thread replies too) and deleted or banned likers, commenters, reposters', () => {
    expect(report.communities[0].er.monitoringDifferences).toEqual([
      { kind: 'community-comments', count: 2 },
      { kind: 'inactive-likes', count: 3 },
      { kind: 'inactive-comments', count: 1 },
      { kind: 'inactive-reposts', count: 1 },
    ]);
  });

  it('is null for pages whose sampled posts have no lists (a list for an unsampled post does not count)', () => {
    expect(report.communities.length).toBeGreaterThan(1);
    for (const page of report.communities.slice(1)) {
      expect(page.er).toMatchObject({
        monitoringPercent: null,
        monitoringAchievement: null,
        monitoringReactions: null,
        monitoringDifferences: null,
        monitoringComplete: null,
      });
      expect(page.er.percent).not.toBeNull();
    }
  });

  it('is null everywhere without lists, and changes nothing else of the report', () => {
    const plain = run(ARGS, snapshotFile(exampleSnapshot())).json();
    const withFlag = run(MONITORING, snapshotFile(exampleSnapshot())).json();
    expect(withFlag.communities.length).toBeGreaterThan(0);
    for (const page of withFlag.communities) {
      expect(page.er.monitoringPercent).toBeNull();
      expect(page.er.monitoringAchievement).toBeNull();
    }
    const stripped = withFlag.communities.map((c: { er: Record<string, unknown> }) => ({
      ...c,
      er: Object.fromEntries(Object.entries(c.er).filter(([key]) => !key.startsWith('monitoring'))),
    }));
    expect({ ...withFlag, communities: stripped }).toEqual(plain);
  });

  it('keeps the monitoring figure at the plain one when nobody is removed', () => {
    const snapshot = crafted();
    const clean = run(MONITORING, snapshotFile({ ...snapshot, users: [] })).json().communities[0].er;
    // Community comments still go: 29 − 2 = 27 → 2.7%, 90%.
    expect(clean).toMatchObject({
      monitoringPercent: 2.7,
      monitoringAchievement: 90,
      monitoringReactions: 27,
    });
    const none = run(MONITORING, snapshotFile({ ...snapshot, users: [], comments: {} })).json().communities[0]
      .er;
    expect(none).toMatchObject({
      monitoringPercent: 2.9,
      monitoringAchievement: 96.67,
      monitoringDifferences: [],
    });
    // The comment list is now shorter than the counter: an upper bound.
    expect(none.monitoringComplete).toBe(false);
    const flags = run(MONITORING, snapshotFile({ ...snapshot, users: [], comments: {} })).json()
      .communities[0].dataFlags;
    expect(flags).toContainEqual({ kind: 'lists-capped', label: 'списки реакций неполные' });
    expect(report.communities[0].dataFlags.map((flag: { kind: string }) => flag.kind)).not.toContain(
      'lists-capped',
    );
  });

  it('without the flag: no monitoring fields, and the activity keys are not even read', () => {
    const without = run(ARGS, snapshotFile(crafted()));
    expect(without.code).toBe(0);
    const page = without.json().communities[0];
    expect(Object.keys(page.er).filter((key) => key.startsWith('monitoring'))).toEqual([]);
    const broken = { ...crafted(), likes: { nonsense: 'x' } };
    expect(run(ARGS, snapshotFile(broken)).code).toBe(0);
  });

  it('with the flag, a bad activity key exits 2 naming its path', () => {
    const broken = { ...crafted(), likes: { [REF]: ['x'] } };
    const bad = run(MONITORING, snapshotFile(broken));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(`likes["${REF}"][0]`);
  });

  it('refuses --monitoring in live mode', () => {
    const live = run(['--token-env', 'T', '--groups', 'g.csv', '--monitoring']);
    expect(live.code).toBe(2);
    expect(live.stderr).toContain('--monitoring');
  });
});

describe('report --monitoring as a real process', () => {
  const dir = tempDir('report-monitoring-');

  it('prints the monitoring fields as JSON and exits 0', () => {
    const file = join(dir, 'snapshot.json');
    writeFileSync(file, JSON.stringify(crafted()));
    const result = runScript('src/cli/report.ts', [
      '--snapshot',
      file,
      '--now',
      EXAMPLE_NOW_ISO,
      '--monitoring',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.communities[0].er).toMatchObject({
      percent: 2.9,
      achievement: 96.67,
      monitoringPercent: 2.2,
      monitoringAchievement: 73.33,
    });
    expect(report.communities[1].er.monitoringPercent).toBeNull();
  });
});

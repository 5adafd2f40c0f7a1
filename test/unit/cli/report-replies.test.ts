// The report's --replies: each page's reply figures (docs/replies.md) from crafted snapshots.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { msk } from '../core/helpers';
import { NO_REPLIES } from '../core/replies/no-replies';
import { EXAMPLE_NOW_ISO, exampleSnapshot } from '../core/worked-example';
import { runScript, tempDir } from './cli-harness';
import { run, snapshotFile } from './run';

const ARGS = ['--snapshot', 'snap.json', '--now', EXAMPLE_NOW_ISO];
const REPLIES = [...ARGS, '--replies'];
const NOW = msk('2024-11-30T12:00');
/** The newest post of pages 101 and 102 (see worked-example.ts). */
const POST_101 = '-101_10000';
const POST_102 = '-102_10000';
const ANNA = 1;
const BORIS = 2;
const MANAGER = 77;

const comment = (id: number, fromId: number, local: string, extra: Record<string, unknown> = {}) => ({
  id,
  from_id: fromId,
  date: msk(local),
  text: `c${id}`,
  ...extra,
});

/**
 * Page 101: Anna at 10:00 answered by the community at 10:30 (inline in her thread); Boris at 11:00
 * answered by user 77 at 12:00 (a reply listed with its parents_stack). Page 102: user 77 at 10:00,
 * unanswered.
 */
function crafted(managers?: unknown) {
  return {
    ...exampleSnapshot(),
    comments: {
      [POST_101]: [
        comment(1, ANNA, '2024-11-20T10:00', {
          thread: { count: 1, items: [comment(2, -101, '2024-11-20T10:30')] },
        }),
        comment(3, BORIS, '2024-11-20T11:00'),
        comment(4, MANAGER, '2024-11-20T12:00', { parents_stack: [3] }),
      ],
      [POST_102]: [comment(5, MANAGER, '2024-11-25T10:00')],
    },
    ...(managers === undefined ? {} : { managers }),
  };
}

/** The replies of every community, by id. */
function repliesById(argv: string[], snapshot: unknown) {
  const result = run(argv, snapshotFile(snapshot));
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const communities: Array<{ id: number; replies: unknown }> = result.json().communities;
  return Object.fromEntries(communities.map((c) => [c.id, c.replies]));
}

describe('report --replies', () => {
  it('adds replies to every community: the array of managers is the first group’s', () => {
    const replies = repliesById(REPLIES, crafted([MANAGER]));
    // 101: Anna answered in 30 min, Boris in 60 by the manager: median 45.
    expect(replies[101]).toEqual({
      comments: 2,
      answered: 2,
      unanswered: 0,
      answeredPercent: 100,
      medianReplyMinutes: 45,
      oldestWaitingMinutes: null,
      waiting: [],
    });
    // 102: user 77 manages 101 only, so here it is a subscriber, waiting since 25 Nov 10:00 (5 days 2 h).
    expect(replies[102]).toEqual({
      comments: 1,
      answered: 0,
      unanswered: 1,
      answeredPercent: 0,
      medianReplyMinutes: null,
      oldestWaitingMinutes: 7320,
      waiting: [
        {
          postId: POST_102,
          commentId: 5,
          fromId: MANAGER,
          date: msk('2024-11-25T10:00'),
          waitingMinutes: 7320,
        },
      ],
    });
    expect(replies[103]).toEqual(NO_REPLIES);
    expect(replies[104]).toEqual(NO_REPLIES);
  });

  it('takes managers keyed by group', () => {
    const replies = repliesById(REPLIES, crafted({ '102': [MANAGER] }));
    // 101 has no managers: user 77's reply is a subscriber comment, and Boris waits.
    expect(replies[101]).toMatchObject({ comments: 3, answered: 1, unanswered: 2, answeredPercent: 33.33 });
    expect(
      (replies[101] as { waiting: Array<{ commentId: number }> }).waiting.map((w) => w.commentId),
    ).toEqual([3, 4]);
    expect(replies[102]).toEqual(NO_REPLIES);
  });

  it('counts every person as a subscriber without managers', () => {
    const replies = repliesById(REPLIES, crafted());
    expect(replies[101]).toMatchObject({ comments: 3, answered: 1, medianReplyMinutes: 30 });
  });

  it('reads a thread the same inline in thread.items or listed with parents_stack', () => {
    const top = comment(3, BORIS, '2024-11-20T11:00');
    const anna = comment(6, ANNA, '2024-11-20T11:10');
    const page = comment(7, -101, '2024-11-20T11:40');
    const inThread = { parents_stack: [3] };
    const listed = {
      ...exampleSnapshot(),
      comments: { [POST_101]: [top, { ...anna, ...inThread }, { ...page, ...inThread }] },
    };
    const inline = {
      ...exampleSnapshot(),
      comments: { [POST_101]: [{ ...top, thread: { count: 2, items: [anna, page] } }] },
    };
    const expected = { comments: 2, answered: 2, medianReplyMinutes: 35 }; // 40 and 30 minutes
    expect(repliesById(REPLIES, listed)[101]).toMatchObject(expected);
    expect(repliesById(REPLIES, inline)[101]).toMatchObject(expected);
  });

  it('skips deleted comments and reads only the keys of posts on the page’s wall', () => {
    const snapshot = {
      ...exampleSnapshot(),
      comments: {
        [POST_101]: [comment(1, ANNA, '2024-11-20T10:00', { text: '', deleted: true })],
        '-101_999': [comment(2, ANNA, '2024-11-20T10:00')], // no such post on the wall
        '-999_10000': [comment(3, ANNA, '2024-11-20T10:00')], // another owner
      },
    };
    expect(repliesById(REPLIES, snapshot)[101]).toEqual(NO_REPLIES);
  });

  it('combines with --monitoring, which takes managers keyed by group too', () => {
    const both = repliesById([...REPLIES, '--monitoring'], crafted({ '101': [MANAGER] }));
    expect(both[101]).toMatchObject({ comments: 2, answered: 2 });
    const result = run([...ARGS, '--monitoring', '--replies'], snapshotFile(crafted({ '101': [MANAGER] })));
    const page = result.json().communities[0];
    expect(Object.keys(page.er)).toContain('monitoringPercent');
    expect(Object.keys(page).at(-1)).toBe('replies');
    const monitoring = (managers: unknown) =>
      run([...ARGS, '--monitoring'], snapshotFile(crafted(managers))).json().communities[0].er;
    expect(monitoring({ '101': [MANAGER] })).toEqual(monitoring([MANAGER]));
  });

  it('warns about managers keyed by a group the snapshot does not have', () => {
    const result = run(REPLIES, snapshotFile(crafted({ '555': [MANAGER] })));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('report: warning: managers["555"]: no such group in groups; ignored\n');
  });

  it('without the flag: the output is unchanged and the keys are not read', () => {
    const plain = run(ARGS, snapshotFile(exampleSnapshot()));
    const withKeys = run(ARGS, snapshotFile(crafted([MANAGER])));
    expect(withKeys.stdout).toBe(plain.stdout);
    const broken = { ...exampleSnapshot(), comments: { nonsense: 'x' }, managers: 'x' };
    const ignored = run(ARGS, snapshotFile(broken));
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).toBe(plain.stdout);
    expect(plain.json().communities[0]).not.toHaveProperty('replies');
  });

  it('does not read likes, reposts or users (only --monitoring does)', () => {
    const result = run(REPLIES, snapshotFile({ ...crafted(), likes: { nonsense: 'x' }, users: 'x' }));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it.each([
    ['comments', { [POST_101]: [{ id: 1, from_id: 'x', date: NOW }] }, `comments["${POST_101}"][0].from_id`],
    [
      'comments',
      { [POST_101]: [{ id: 1, from_id: 1, date: NOW, deleted: 'yes' }] },
      `comments["${POST_101}"][0].deleted`,
    ],
    [
      'comments',
      { [POST_101]: [{ id: 1, from_id: 1, date: NOW, parents_stack: 'x' }] },
      `comments["${POST_101}"][0].parents_stack`,
    ],
    ['comments', { wall: [] }, 'comments.wall: expected "<owner>_<post>" as the key'],
    ['managers', [1, 'x'], 'managers[1]: expected a number, got a string'],
    ['managers', { '101': ['x'] }, 'managers["101"][0]: expected a number, got a string'],
    ['managers', { club: [1] }, 'managers.club: expected a positive group id as the key'],
    ['managers', 'x', 'managers: expected [user ids] or {"<group id>": [user ids]}'],
  ])('with the flag, a bad %s exits 2 naming its path (%j)', (key, value, message) => {
    const bad = run(REPLIES, snapshotFile({ ...exampleSnapshot(), [key]: value }));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(message);
  });

  it('refuses --replies in live mode', () => {
    const live = run(['--token-env', 'T', '--groups', 'g.csv', '--replies']);
    expect(live.code).toBe(2);
    expect(live.stdout).toBe('');
    expect(live.stderr).toContain(
      '--replies reads a snapshot; it cannot be combined with --token-env/--groups',
    );
  });

  it('lists the flag in the usage', () => {
    expect(run(['--help']).stderr).toContain('--replies');
  });
});

describe('report --replies as a real process', () => {
  const dir = tempDir('report-replies-');

  it('prints the replies as JSON and exits 0', () => {
    const file = join(dir, 'snapshot.json');
    writeFileSync(file, JSON.stringify(crafted([MANAGER])));
    const result = runScript('src/cli/report.ts', [
      '--snapshot',
      file,
      '--now',
      EXAMPLE_NOW_ISO,
      '--replies',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).communities[0].replies).toMatchObject({
      comments: 2,
      medianReplyMinutes: 45,
    });
  });
});

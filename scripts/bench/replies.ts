// (i) «Ответы подписчикам» for one page: the comments of the month's own posts (threads in full), the
// managers and the names of those who wait, measured on the demo world's leaderboard bench page (30
// posts of the month with 40 comments each: 1,200 comments) and on the district's head page. The
// floor: the comment pages and the managers in one `execute` per 25 API calls, then one request for the
// names of those who wait (it needs the comments first); target: within 1.2× of it.
// (ii) The supervisor's «Посчитать ответы подписчикам» over a 250-page list (the demo world's
// synthetic pages, 150 ms latency, after the refresh that read their posts): every page's month
// comments, figures only, no managers; floor ⌈calls/25⌉, same target.
import { computeReplies } from '../../src/core/replies';
import { monthOf } from '../../src/core/time';
import { fetchPageSnapshot } from '../../src/data/page-snapshot';
import { postsOfMonth, readReplies } from '../../src/data/replies';
import { refreshChildren } from '../../src/data/supervisor/refresh';
import { readRepliesOfPages } from '../../src/data/supervisor/replies';
import { HEAD_ID } from '../../src/demo/pages';
import { LEADERBOARD_BENCH_PAGE_ID } from '../../src/demo/world';
import { EXECUTE_MAX_CALLS } from '../../src/vk/limits';
import { DEMO_NOW, demoServices } from '../../test/integration/demo-services';
import { childrenWorld } from '../../test/integration/supervisor/supervisor-services';
import type { BenchSection, Figure } from './types';

const TARGET_OVER_FLOOR = 1.2;
const TIME_ZONE = 'Europe/Moscow';

async function measure(name: string, groupId: number, query: string): Promise<Figure[]> {
  const { services, clock } = demoServices(`role=admin&group=${groupId}&${query}`);
  const snapshot = await fetchPageSnapshot(services.api, groupId, {
    now: DEMO_NOW,
    timeZone: TIME_ZONE,
    withStats: false,
    withPostponed: false,
  });
  const o = {
    groupId,
    posts: snapshot.posts,
    month: monthOf(DEMO_NOW, TIME_ZONE),
    timeZone: TIME_ZONE,
    now: DEMO_NOW,
    canManage: true,
  };
  const before = services.api.stats();
  const start = clock.now();
  const read = await readReplies(services.api, o);
  const after = services.api.stats();
  const replies = computeReplies(read.input);
  const requests = after.requests - before.requests;
  const calls = after.calls - before.calls;
  const namesStep = replies.unanswered > 0 ? 1 : 0;
  const floor = Math.ceil((calls - namesStep) / EXECUTE_MAX_CALLS) + namesStep;
  const comments = read.input.posts.reduce((n, p) => n + p.comments.length, 0);
  const label = `${name}: ${postsOfMonth(o).length} posts of the month, ${comments} comments (${replies.comments} by subscribers, ${replies.unanswered} waiting)`;
  return [
    {
      key: `replies.${name}.requests`,
      label: `${label}: requests (execute = 1), floor ${floor}, target ≤ ${TARGET_OVER_FLOOR}× floor`,
      value: requests,
      unit: 'count',
      status: requests <= Math.max(1, Math.ceil(TARGET_OVER_FLOOR * floor)) ? 'OK' : 'OVER',
    },
    { key: `replies.${name}.calls`, label: `${label}: API calls`, value: calls, unit: 'count' },
    {
      key: `replies.${name}.simulatedSeconds`,
      label: `${label}: simulated time (3 req/s)`,
      value: (clock.now() - start) / 1000,
      unit: 's',
    },
  ];
}

const SUPERVISOR_PAGES = 250;
const SUPERVISOR_LATENCY_MS = 150;

async function measureSupervisor(pages: number): Promise<Figure[]> {
  const { services, clock, ids } = childrenWorld(pages, `latency=${SUPERVISOR_LATENCY_MS}`);
  const results = await refreshChildren(services.api, ids, { now: DEMO_NOW, timeZone: TIME_ZONE });
  const targets = results.flatMap((r) =>
    r.status === 'ok'
      ? [{ groupId: r.id, posts: r.snapshot.posts, postsComplete: r.snapshot.postsComplete }]
      : [],
  );
  const before = services.api.stats();
  const start = clock.now();
  const read = await readRepliesOfPages(services.api, targets, {
    month: monthOf(DEMO_NOW, TIME_ZONE),
    timeZone: TIME_ZONE,
    now: DEMO_NOW,
  });
  const after = services.api.stats();
  const requests = after.requests - before.requests;
  const calls = after.calls - before.calls;
  const floor = Math.ceil(calls / EXECUTE_MAX_CALLS);
  const figures = read.flatMap((r) => (r.status === 'ok' ? [r.replies] : []));
  const failed = read.length - figures.length;
  const waiting = figures.reduce((n, r) => n + r.unanswered, 0);
  const label = `supervisor, ${pages} pages (${targets.length} readable, ${failed} failed; ${waiting} comments waiting)`;
  const key = `replies.supervisor${pages}`;
  return [
    {
      key: `${key}.requests`,
      label: `${label}: requests (execute = 1), floor ${floor} = ⌈${calls}/${EXECUTE_MAX_CALLS}⌉, target ≤ ${TARGET_OVER_FLOOR}× floor`,
      value: requests,
      unit: 'count',
      status: requests <= Math.max(1, Math.ceil(TARGET_OVER_FLOOR * floor)) ? 'OK' : 'OVER',
    },
    { key: `${key}.calls`, label: `${label}: API calls`, value: calls, unit: 'count' },
    {
      key: `${key}.simulatedSeconds`,
      label: `${label}: simulated time (3 req/s, ${SUPERVISOR_LATENCY_MS} ms latency)`,
      value: (clock.now() - start) / 1000,
      unit: 's',
    },
  ];
}

export const repliesRead: BenchSection = {
  id: 'replies',
  title:
    'Replies to subscribers: VK API cost for one page and for a 250-page supervisor list (3 req/s, virtual clock)',
  async run(ctx) {
    const figures = [
      ...(await measure('benchPage', LEADERBOARD_BENCH_PAGE_ID, 'lbbench=1')),
      ...(await measure('headPage', HEAD_ID, '')),
    ];
    ctx.log(`  supervisor, ${SUPERVISOR_PAGES} pages…`);
    return { figures: [...figures, ...(await measureSupervisor(SUPERVISOR_PAGES))] };
  },
};

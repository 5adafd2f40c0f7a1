// «Ответы подписчикам» for a supervisor's whole list over the simulated VK: the figures of every page
// from the posts the refresh read, near the floor of ⌈calls/25⌉ requests, the same figures as one
// page's own read, a failed page keeping the rest, a stop, and the session streaming them into rows.
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { sortRows } from '../../../src/core/pages/supervisor-table';
import { computeReplies } from '../../../src/core/replies';
import { monthOf } from '../../../src/core/time';
import { readReplies } from '../../../src/data/replies';
import { createMemoryCache } from '../../../src/data/supervisor/cache';
import { refreshChildren } from '../../../src/data/supervisor/refresh';
import {
  readRepliesOfPages,
  repliesReadCost,
  WINDOW_CALLS,
  type PageRepliesResult,
  type RepliesTarget,
} from '../../../src/data/supervisor/replies';
import { HEAD_ID } from '../../../src/demo/pages';
import { SupervisorSession } from '../../../src/features/supervisor/session';
import type { VkApi } from '../../../src/vk/api-client';
import { VkNetworkError } from '../../../src/vk/errors';
import { EXECUTE_MAX_CALLS } from '../../../src/vk/limits';
import { DEMO_NOW } from '../demo-services';
import { childrenWorld, until } from './supervisor-services';

const TIME_ZONE = 'Europe/Moscow';
const MOMENT = { month: monthOf(DEMO_NOW, TIME_ZONE), timeZone: TIME_ZONE, now: DEMO_NOW };
/** The pages read with the head page: its district (the head page has the most comments waiting). */
const DISTRICT = 30;

/** The pages' posts as the supervisor's refresh reads them. */
async function targetsOf(api: VkApi, ids: number[]): Promise<RepliesTarget[]> {
  const results = await refreshChildren(api, ids, MOMENT);
  return results.flatMap((r) =>
    r.status === 'ok'
      ? [{ groupId: r.id, posts: r.snapshot.posts, postsComplete: r.snapshot.postsComplete }]
      : [],
  );
}

/** The api, failing every comment read of one page with a network error. */
function failingFor(api: VkApi, groupId: number): VkApi {
  return {
    ...api,
    call: (req) =>
      req.method === 'wall.getComments' && req.params?.['owner_id'] === -groupId
        ? Promise.reject(new VkNetworkError({ method: req.method, reason: 'offline' }))
        : api.call(req),
  };
}

describe('readRepliesOfPages', () => {
  it('reads every page near the floor of ⌈calls/25⌉ requests, the same figures as each page alone', async () => {
    const { services, ids } = childrenWorld(DISTRICT);
    const targets = await targetsOf(services.api, [HEAD_ID, ...ids]);
    const before = services.api.stats();
    const streamed: number[] = [];
    const results = await readRepliesOfPages(services.api, targets, {
      ...MOMENT,
      onResult: (r) => streamed.push(r.groupId),
    });
    const after = services.api.stats();
    const calls = after.calls - before.calls;
    const requests = after.requests - before.requests;
    // Every page's first calls leave together; only long threads and pages of over 100 comments
    // follow, and they share requests too.
    expect(calls).toBeGreaterThan(100);
    expect(requests).toBeLessThanOrEqual(Math.ceil(calls / EXECUTE_MAX_CALLS) + 1);

    expect(results.map((r) => r.groupId)).toEqual(targets.map((t) => t.groupId));
    expect([...streamed].sort()).toEqual(targets.map((t) => t.groupId).sort());
    expect(results.every((r) => r.status === 'ok')).toBe(true);

    // The head page, read alone through data/replies, by the same rules.
    const alone = childrenWorld(0);
    const head = targets.find((t) => t.groupId === HEAD_ID)!;
    const read = await readReplies(alone.services.api, {
      ...MOMENT,
      groupId: HEAD_ID,
      posts: head.posts,
      canManage: false,
      withDetails: false,
    });
    const figures = computeReplies(read.input);
    expect(figures.unanswered).toBeGreaterThan(10);
    expect(results[0]).toMatchObject({
      groupId: HEAD_ID,
      status: 'ok',
      replies: {
        comments: figures.comments,
        unanswered: figures.unanswered,
        medianReplyMinutes: figures.medianReplyMinutes,
        oldestWaitingMinutes: figures.oldestWaitingMinutes,
        // A supervisor does not read the managers: their comments count as subscribers'.
        managersKnown: false,
        complete: true,
      },
    });
  }, 30_000);

  it('keeps the other pages when one fails', async () => {
    const { services, ids } = childrenWorld(DISTRICT);
    const targets = await targetsOf(services.api, [HEAD_ID, ...ids]);
    const failing = targets[1]!.groupId;
    const results = await readRepliesOfPages(failingFor(services.api, failing), targets, MOMENT);
    const failed = results.filter((r) => r.status === 'error');
    expect(failed.map((r) => r.groupId)).toEqual([failing]);
    expect(failed[0]?.status === 'error' && failed[0].error).toBeInstanceOf(VkNetworkError);
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(targets.length - 1);
  }, 30_000);

  it('stops starting pages when stopped, and keeps only a window of calls queued', async () => {
    const { services, ids } = childrenWorld(250);
    const targets = await targetsOf(services.api, ids);
    const before = services.api.stats();
    const controller = new AbortController();
    const seen: PageRepliesResult[] = [];
    const reading = readRepliesOfPages(services.api, targets, {
      ...MOMENT,
      signal: controller.signal,
      onResult: (r) => {
        seen.push(r);
        if (seen.length === 10) controller.abort(new Error('stopped'));
      },
    });
    await expect(reading).rejects.toThrow('stopped');
    expect(seen).toHaveLength(10);
    // A call queued now leaves after every call queued before it (the queue is first in, first out).
    await services.api.call({
      method: 'groups.getById',
      params: { group_ids: [HEAD_ID] },
      schema: z.unknown(),
    });
    const spent = services.api.stats().calls - before.calls - 1;
    const all = repliesReadCost(targets, MOMENT).posts;
    expect(all).toBeGreaterThan(1000);
    expect(spent).toBeLessThan(2 * WINDOW_CALLS);
  }, 60_000);
});

async function sessionWithTable(n: number, wrapApi: (api: VkApi) => VkApi = (api) => api) {
  const { services, ids, clock } = childrenWorld(n);
  const session = new SupervisorSession({
    ...services,
    api: wrapApi(services.api),
    cache: createMemoryCache(),
    timeZone: TIME_ZONE,
    parentId: HEAD_ID,
    tryCommunity: true,
  });
  await until(session, (s) => s.list.status === 'ready');
  const all = [HEAD_ID, ...ids];
  await session.save(all.map((id) => ({ id, name: String(id), category: null })));
  await until(session, (s) => !s.progress.running && s.rows.length === all.length);
  return { session, services, clock };
}

describe('SupervisorSession: «Посчитать ответы подписчикам»', () => {
  it('reads every page on request, streams the figures into the rows, near the floor of requests', async () => {
    const { session, services } = await sessionWithTable(DISTRICT);
    const available = session.getState().rows.filter((row) => row.state === 'ok');
    expect(available.every((row) => row.replies === undefined)).toBe(true);
    const cost = session.repliesCost('all');
    expect(cost.pages).toBe(available.length);

    const before = services.api.stats();
    const progress: number[] = [];
    const unsubscribe = session.subscribe(() => progress.push(session.getState().replies.done));
    session.readReplies();
    expect(session.getState().replies).toEqual({
      running: true,
      done: 0,
      total: available.length,
      stopped: false,
    });
    const done = await until(session, (s) => !s.replies.running);
    unsubscribe();
    const after = services.api.stats();

    expect(done.replies).toEqual({
      running: false,
      done: available.length,
      total: available.length,
      stopped: false,
    });
    // Rising, never back.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // One request per 25 calls: the first calls are the estimate's posts.
    const calls = after.calls - before.calls;
    expect(calls).toBeGreaterThanOrEqual(cost.posts);
    expect(after.requests - before.requests).toBeLessThanOrEqual(Math.ceil(calls / EXECUTE_MAX_CALLS) + 1);

    const rows = done.rows.filter((row) => row.state === 'ok');
    expect(rows.every((row) => row.replies !== undefined)).toBe(true);
    // Unavailable pages have no posts to read: no figures.
    expect(done.rows.filter((row) => row.state !== 'ok').every((row) => !row.replies)).toBe(true);
    // The head page has the most comments waiting: first in «Больше всего ждут ответа».
    const [most] = sortRows(done.rows, 'waiting');
    expect(most?.id).toBe(HEAD_ID);
    expect(most?.replies?.unanswered).toBe(Math.max(...rows.map((row) => row.replies?.unanswered ?? 0)));
    const slowest = sortRows(done.rows, 'slowest').map((row) => row.replies?.medianReplyMinutes ?? null);
    const known = slowest.filter((m) => m !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(slowest.slice(known.length).every((m) => m === null)).toBe(true);
  }, 60_000);

  it('keeps the figures through a refresh that finds the same posts, drops them in a new month', async () => {
    const { session, clock } = await sessionWithTable(DISTRICT);
    session.readReplies();
    const read = await until(session, (s) => !s.replies.running);
    const withFigures = read.rows.filter((row) => row.replies).length;
    expect(withFigures).toBeGreaterThan(20);

    // A minute later nothing new was written: the same posts, the same counts, the figures stay.
    session.refreshNow();
    const same = await until(session, (s) => !s.progress.running);
    expect(same.rows.filter((row) => row.replies)).toHaveLength(withFigures);
    expect(session.repliesCost('missing').pages).toBe(0);

    // In December the figures are November's: none holds any more, every page is to be read again.
    clock.advance(14 * 24 * 3600 * 1000);
    session.refreshNow();
    const december = await until(session, (s) => !s.progress.running);
    expect(december.rows.filter((row) => row.replies)).toHaveLength(0);
    expect(session.repliesCost('missing').pages).toBe(withFigures);
  }, 60_000);

  it('shows a failed page as failed, keeps the rest, and reads it again on retry', async () => {
    let failing = true;
    const { session } = await sessionWithTable(DISTRICT, (api) => ({
      ...api,
      call: (req) =>
        failing && req.method === 'wall.getComments' && req.params?.['owner_id'] === -HEAD_ID
          ? Promise.reject(new VkNetworkError({ method: req.method, reason: 'offline' }))
          : api.call(req),
    }));
    session.readReplies();
    const done = await until(session, (s) => !s.replies.running && s.replies.total > 0);
    expect(done.replyReads.get(HEAD_ID)?.status).toBe('error');
    expect(done.rows.find((row) => row.id === HEAD_ID)?.replies).toBeUndefined();
    const others = done.rows.filter((row) => row.state === 'ok' && row.id !== HEAD_ID);
    expect(others.every((row) => row.replies !== undefined)).toBe(true);
    // «Дочитать» would read the failed page alone.
    expect(session.repliesCost('missing').pages).toBe(1);

    failing = false;
    const retry = session.retryReplies(HEAD_ID);
    expect(session.getState().replyReads.get(HEAD_ID)).toEqual({ status: 'loading' });
    await retry;
    expect(session.getState().replyReads.has(HEAD_ID)).toBe(false);
    expect(session.getState().rows.find((row) => row.id === HEAD_ID)?.replies?.unanswered).toBeGreaterThan(
      10,
    );
  }, 60_000);

  it('stops on request, keeps what was read, and reads the rest later', async () => {
    const { session } = await sessionWithTable(200);
    const total = session.repliesCost('all').pages;
    session.readReplies();
    await until(session, (s) => s.replies.done >= 5);
    session.stopReplies();
    const stopped = await until(session, (s) => !s.replies.running);
    expect(stopped.replies.stopped).toBe(true);
    expect(stopped.replies.done).toBeLessThan(total);
    const read = stopped.rows.filter((row) => row.replies).length;
    expect(read).toBe(stopped.replies.done);

    // «Дочитать»: only the pages without figures.
    expect(session.repliesCost('missing').pages).toBe(total - read);
    session.readReplies('missing');
    const rest = await until(session, (s) => !s.replies.running);
    expect(rest.replies).toMatchObject({ total: total - read, done: total - read, stopped: false });
    expect(rest.rows.filter((row) => row.replies).length).toBe(total);
  }, 120_000);
});

// The board computed in the test from VK's raw lists (the fake API called directly, page by page),
// with the rules of issue 6 written out again: an independent check of gather + score.
import type { DemoBridge } from '../../../src/demo/fake-bridge';

type Body = { response?: unknown; error?: { error_code: number } };

export interface RawEntry {
  userId: number;
  points: number;
  likes: number;
  comments: number;
  reposts: number;
  place: number;
}

interface RawComment {
  id: number;
  from_id: number;
  date: number;
  text: string;
  thread?: { count: number };
}

export async function rawBoard(
  bridge: DemoBridge,
  groupId: number,
  period: { from: number; to: number },
  points = { like: 1, comment: 3, repost: 5 },
): Promise<RawEntry[]> {
  const token = bridge.api.userToken(bridge.world.viewerId, ['wall', 'groups']);
  const call = async <T>(method: string, params: Record<string, string | number>): Promise<T> => {
    // The fake's rate limit runs on the bridge clock: step past it instead of waiting.
    for (;;) {
      const body = (await bridge.api.request(method, { ...params, access_token: token, v: '5.199' })) as Body;
      if (body.error?.error_code === 6) {
        await bridge.clock.sleep(400);
        continue;
      }
      if (body.error) throw new Error(`${method}: error ${body.error.error_code}`);
      return body.response as T;
    }
  };
  const all = async <T>(method: string, params: Record<string, string | number>, size: number) => {
    const out: T[] = [];
    for (let offset = 0; ; offset += size) {
      const page = await call<{ count: number; items: T[] }>(method, { ...params, offset, count: size });
      out.push(...page.items);
      if (offset + size >= page.count) return out;
    }
  };

  const wall = await all<{ id: number; from_id: number; date: number; copy_history?: unknown[] }>(
    'wall.get',
    { owner_id: -groupId, filter: 'owner' },
    100,
  );
  const posts = wall.filter(
    (p) => p.from_id === -groupId && !p.copy_history?.length && p.date >= period.from && p.date <= period.to,
  );
  const members = new Set(await all<number>('groups.getMembers', { group_id: groupId }, 1000));
  const managers = new Set(
    (await all<{ id: number }>('groups.getMembers', { group_id: groupId, filter: 'managers' }, 1000)).map(
      (m) => m.id,
    ),
  );
  const counts = new Map<number, { likes: number; comments: number; reposts: number }>();
  const add = (id: number, key: 'likes' | 'comments' | 'reposts') => {
    const c = counts.get(id) ?? { likes: 0, comments: 0, reposts: 0 };
    c[key] += 1;
    counts.set(id, c);
  };
  for (const post of posts) {
    const list = (filter: string) =>
      all<number>('likes.getList', { type: 'post', owner_id: -groupId, item_id: post.id, filter }, 1000);
    for (const id of new Set(await list('likes'))) add(id, 'likes');
    for (const id of new Set(await list('copies'))) add(id, 'reposts');
    const top = await all<RawComment>('wall.getComments', { owner_id: -groupId, post_id: post.id }, 100);
    const comments: RawComment[] = [...top];
    for (const c of top)
      if ((c.thread?.count ?? 0) > 0)
        comments.push(
          ...(await all<RawComment>(
            'wall.getComments',
            { owner_id: -groupId, post_id: post.id, comment_id: c.id },
            100,
          )),
        );
    const seen = new Set<string>();
    for (const c of comments.sort((a, b) => a.date - b.date || a.id - b.id)) {
      const text = c.text.trim();
      if (Array.from(text).length < 5) continue;
      const key = `${c.from_id}|${text.toLowerCase().replace(/\s+/g, ' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(c.from_id, 'comments');
    }
  }
  const candidates = [...counts.keys()].filter((id) => id > 0 && members.has(id) && !managers.has(id));
  const users: { id: number; deactivated?: string }[] = [];
  for (let i = 0; i < candidates.length; i += 1000)
    users.push(
      ...(await call<typeof users>('users.get', { user_ids: candidates.slice(i, i + 1000).join(',') })),
    );
  const inactive = new Set(users.filter((u) => u.deactivated).map((u) => u.id));
  const scored = candidates
    .filter((id) => !inactive.has(id))
    .map((userId) => {
      const c = counts.get(userId) ?? { likes: 0, comments: 0, reposts: 0 };
      return {
        userId,
        ...c,
        points: c.likes * points.like + c.comments * points.comment + c.reposts * points.repost,
      };
    })
    .filter((e) => e.points > 0)
    .sort((a, b) => b.points - a.points || a.userId - b.userId);
  return scored.map((e) => ({ ...e, place: 1 + scored.filter((x) => x.points > e.points).length }));
}

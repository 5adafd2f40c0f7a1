// @vitest-environment happy-dom
// The simulated post window of VKWebAppOpenWallPost: a dialog over the app where the viewer likes,
// shares and comments; each click changes what the API answers, and closing resolves the bridge call.
import { afterEach, describe, expect, it } from 'vitest';
import { likersOf, repostersOf } from '../../../src/demo/crowd';
import { POST_WINDOW_LABEL } from '../../../src/demo/post-window';
import type { DemoPost } from '../../../src/demo/world';
import { ownPosts } from './helpers';
import { MemoryStorage, open } from './session-helpers';

const GYM = 219000006;
const FAILING = 219000014;

const byTestId = <T extends HTMLElement>(id: string): T => {
  const node = document.querySelector<T>(`[data-testid="${id}"]`);
  if (!node) throw new Error(`no ${id}`);
  return node;
};

interface WirePost {
  likes: { count: number; user_likes: number };
  reposts: { count: number; user_reposted: number };
  comments: { count: number };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the post window', () => {
  it('likes, shares and comments as the viewer, and closes with {result: true}', async () => {
    const s = await open('role=member&group=219000006&theme=dark', new MemoryStorage());
    const w = s.bridge.world;
    const post = ownPosts(w, GYM)
      .filter((p) => !likersOf(w, p).includes(s.userId) && !repostersOf(w, p).includes(s.userId))
      .at(-1) as DemoPost;
    const read = async () =>
      (
        (await s.call('wall.getById', { posts: `${post.ownerId}_${post.id}` })) as {
          items: WirePost[];
        }
      ).items[0] as WirePost;
    const before = await read();

    let settled: unknown = null;
    const opened = s.bridge
      .send('VKWebAppOpenWallPost', { owner_id: post.ownerId, post_id: post.id })
      .then((r) => (settled = r));
    const dialog = document.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe(POST_WINDOW_LABEL);
    expect(dialog?.textContent).toContain(post.text);
    expect(s.bridge.openedPosts).toEqual([`${post.ownerId}_${post.id}`]);

    byTestId('demo-post-like').click();
    expect((await read()).likes).toEqual(
      expect.objectContaining({ count: before.likes.count + 1, user_likes: 1 }),
    );
    expect(byTestId('demo-post-like').getAttribute('aria-pressed')).toBe('true');
    byTestId('demo-post-like').click();
    expect((await read()).likes).toEqual(
      expect.objectContaining({ count: before.likes.count, user_likes: 0 }),
    );

    byTestId('demo-post-repost').click();
    const shared = await read();
    expect(shared.reposts).toEqual({ count: before.reposts.count + 1, user_reposted: 1 });
    // Sharing likes the post too.
    expect(shared.likes.user_likes).toBe(1);

    byTestId<HTMLTextAreaElement>('demo-post-comment-text').value = 'Участвую! [id500000008|Андрей]';
    byTestId('demo-post-comment-send').click();
    await expect.poll(async () => (await read()).comments.count).toBe(before.comments.count + 1);
    const comments = (await s.call('wall.getComments', {
      owner_id: post.ownerId,
      post_id: post.id,
      sort: 'desc',
      count: 1,
    })) as { items: { from_id: number; text: string }[] };
    expect(comments.items[0]).toEqual(
      expect.objectContaining({ from_id: s.userId, text: 'Участвую! [id500000008|Андрей]' }),
    );
    expect(byTestId('demo-post-counters').textContent).toContain(`Комментарии: ${before.comments.count + 1}`);

    // The same text again within a minute: VK's flood control, shown in Russian.
    byTestId<HTMLTextAreaElement>('demo-post-comment-text').value = 'Участвую! [id500000008|Андрей]';
    byTestId('demo-post-comment-send').click();
    await expect.poll(() => byTestId('demo-post-status').textContent).toContain('Подождите минуту');

    expect(settled).toBeNull();
    byTestId('demo-post-close').click();
    expect(await opened).toEqual({ result: true });
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('shows VK’s refusal when comments are closed, and an empty comment is not sent', async () => {
    const s = await open('role=admin&group=219000014', new MemoryStorage());
    const post = ownPosts(s.bridge.world, FAILING).at(-1) as DemoPost;
    const opened = s.bridge.send('VKWebAppOpenWallPost', { owner_id: post.ownerId, post_id: post.id });
    byTestId('demo-post-comment-send').click();
    expect(byTestId('demo-post-status').textContent).toBe('Напишите текст комментария.');
    byTestId<HTMLTextAreaElement>('demo-post-comment-text').value = 'Вопрос';
    byTestId('demo-post-comment-send').click();
    await expect
      .poll(() => byTestId('demo-post-status').textContent)
      .toBe('Комментарии к этой записи закрыты.');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(await opened).toEqual({ result: true });
  });

  it('puts data in as text, never as markup', async () => {
    const s = await open('role=admin', new MemoryStorage());
    const post = ownPosts(s.bridge.world, 219000001).at(-1) as DemoPost;
    post.text = '<img src=x onerror="alert(1)"> текст';
    const opened = s.bridge.send('VKWebAppOpenWallPost', { owner_id: post.ownerId, post_id: post.id });
    const dialog = document.querySelector('[role="dialog"]');
    expect(dialog?.querySelector('img')).toBeNull();
    expect(dialog?.textContent).toContain('<img src=x onerror="alert(1)"> текст');
    byTestId('demo-post-close').click();
    await opened;
  });
});

// @vitest-environment happy-dom
// The simulated post window of VKWebAppOpenWallPost: a dialog over the app where the viewer likes,
// shares and comments; each click changes what the API answers, and closing resolves the bridge call.
import { afterEach, describe, expect, it } from 'vitest';
import { likersOf, repostersOf } from '../../../src/demo/crowd';
import { postPictureUrl } from '../../../src/demo/photos';
import { POST_WINDOW_LABEL, showPostWindow } from '../../../src/demo/post-window';
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

  it('shows the post’s photo (the original’s for a repost), none for a post without one', async () => {
    const s = await open('role=admin', new MemoryStorage());
    const w = s.bridge.world;
    const head = ownPosts(w, 219000001);
    const withPhoto = head.filter((p) => postPictureUrl(w, p) !== null).at(-1) as DemoPost;
    const without = head.filter((p) => postPictureUrl(w, p) === null).at(-1) as DemoPost;
    const repost = [...w.walls.values()].flat().find((p) => {
      const origin = p.copyOf && w.walls.get(-p.copyOf.ownerId)?.find((o) => o.id === p.copyOf?.id);
      return p.state === 'published' && origin && postPictureUrl(w, origin) !== null;
    }) as DemoPost;
    for (const [post, url] of [
      [withPhoto, postPictureUrl(w, withPhoto)],
      [without, null],
      [
        repost,
        postPictureUrl(
          w,
          w.walls.get(-(repost.copyOf?.ownerId ?? 0))?.find((o) => o.id === repost.copyOf?.id) as DemoPost,
        ),
      ],
    ] as const) {
      const opened = s.bridge.send('VKWebAppOpenWallPost', { owner_id: post.ownerId, post_id: post.id });
      const img = document.querySelector<HTMLImageElement>('[data-testid="demo-post-photo"]');
      expect(img?.getAttribute('src') ?? null).toBe(url);
      if (img) expect(img.alt).toBe('Фото к записи');
      byTestId('demo-post-close').click();
      await opened;
    }
  });

  it('shows only the demo’s own data: pictures as a photo, never a remote address', async () => {
    const view = { title: 'П', text: 'т', likes: 0, reposts: 0, comments: 0, liked: false, reposted: false };
    for (const [photo, shown] of [
      ['data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E', true],
      ['https://tracker.example/pixel.gif', false],
      ['javascript:alert(1)', false],
    ] as const) {
      const closed = showPostWindow(document, 'light', {
        view: () => ({ ...view, photo }),
        toggleLike: () => undefined,
        repost: () => undefined,
        comment: async () => null,
      });
      expect(document.querySelector('[data-testid="demo-post-photo"]') !== null).toBe(shown);
      byTestId('demo-post-close').click();
      await closed;
    }
  });

  it('puts data in as text, never as markup', async () => {
    const s = await open('role=admin', new MemoryStorage());
    const post = ownPosts(s.bridge.world, 219000001).at(-1) as DemoPost;
    post.text = '<img src=x onerror="alert(1)"> текст';
    const opened = s.bridge.send('VKWebAppOpenWallPost', { owner_id: post.ownerId, post_id: post.id });
    const dialog = document.querySelector('[role="dialog"]');
    // The only picture is the post's own photo, if it has one (photos.test.ts), never the text's markup.
    expect(dialog?.querySelector('img:not([data-testid="demo-post-photo"])')).toBeNull();
    expect(dialog?.querySelector('[onerror]')).toBeNull();
    expect(dialog?.textContent).toContain('<img src=x onerror="alert(1)"> текст');
    byTestId('demo-post-close').click();
    await opened;
  });
});

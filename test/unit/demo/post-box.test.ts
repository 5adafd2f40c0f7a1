// @vitest-environment happy-dom
// VK's post box in the demo (VKWebAppShowWallPostBox): the admin edits the text and publishes it now
// or at a chosen time as the community; the post is on the wall (or among the scheduled) and survives
// a reload; closing the box or a viewer who does not manage the page gets «User denied».
import { afterEach, describe, expect, it } from 'vitest';
import { POST_BOX_LABEL } from '../../../src/demo/post-box-window';
import { MemoryStorage, open } from './session-helpers';

const HEAD = 219000001;

interface WirePost {
  id: number;
  from_id: number;
  text: string;
  date: number;
}

const byTestId = <T extends HTMLElement>(id: string): T => {
  const node = document.querySelector<T>(`[data-testid="${id}"]`);
  if (!node) throw new Error(`no ${id}`);
  return node;
};

const wall = async (s: Awaited<ReturnType<typeof open>>, filter = 'owner') =>
  ((await s.call('wall.get', { owner_id: -HEAD, filter, count: 100 })) as { items: WirePost[] }).items;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the demo post box', () => {
  it('publishes the edited text as the community, on the wall at once and after a reload', async () => {
    const storage = new MemoryStorage();
    const s = await open(`role=admin&group=${HEAD}`, storage);
    const sent = s.bridge.send('VKWebAppShowWallPostBox', { owner_id: -HEAD, message: 'Черновик [дата]' });
    const dialog = document.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe(POST_BOX_LABEL);
    const text = byTestId<HTMLTextAreaElement>('demo-post-box-text');
    expect(text.value).toBe('Черновик [дата]');
    text.value = 'Концерт 12 декабря в 18:00';
    byTestId('demo-post-box-publish').click();
    const { post_id } = (await sent) as { post_id: number };
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    // The pinned post stays first, as on VK; the new one is the newest after it.
    const [, newest] = await wall(s);
    expect(newest).toMatchObject({ id: post_id, from_id: -HEAD, text: 'Концерт 12 декабря в 18:00' });

    const again = await open(`role=admin&group=${HEAD}`, storage);
    expect((await wall(again))[1]).toMatchObject({ id: post_id, text: 'Концерт 12 декабря в 18:00' });
  });

  it('schedules the post for a later time, and refuses a time already past', async () => {
    const s = await open(`role=admin&group=${HEAD}`, new MemoryStorage());
    const sent = s.bridge.send('VKWebAppShowWallPostBox', { owner_id: -HEAD, message: 'Анонс' });
    const when = byTestId<HTMLInputElement>('demo-post-box-when');
    when.value = '2000-01-01T10:00';
    byTestId('demo-post-box-publish').click();
    expect(document.querySelector('[role="status"]')?.textContent).toBe('Выберите время позже текущего.');
    when.value = '2030-01-10T10:00';
    byTestId('demo-post-box-publish').click();
    const { post_id } = (await sent) as { post_id: number };
    expect((await wall(s, 'postponed')).map((p) => p.id)).toContain(post_id);
    expect((await wall(s)).map((p) => p.id)).not.toContain(post_id);
  });

  it('answers «User denied» when the box is closed or the viewer cannot post as the page', async () => {
    const admin = await open(`role=admin&group=${HEAD}`, new MemoryStorage());
    const closed = admin.bridge.send('VKWebAppShowWallPostBox', { owner_id: -HEAD, message: 'Текст' });
    byTestId('demo-post-box-cancel').click();
    await expect(closed).rejects.toMatchObject({ error_data: { error_code: 4 } });

    const member = await open(`role=member&group=${HEAD}`, new MemoryStorage());
    await expect(
      member.bridge.send('VKWebAppShowWallPostBox', { owner_id: -HEAD, message: 'Текст' }),
    ).rejects.toMatchObject({ error_data: { error_code: 4 } });
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });
});

// @vitest-environment happy-dom
// The organiser's "announce first" path on screen: the announcement carries the rules and the app
// link, copies through the bridge, and pasting the published post's link starts the giveaway (the
// commitment comment appears under that post).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../../src/shared/services';
import { parseCommitmentComment } from '../../../../src/core/giveaway';
import {
  createGiveaway,
  giveawayDeps,
  type GiveawayDeps,
  type GiveawayDraft,
  type GiveawayRecord,
} from '../../../../src/data/giveaway';
import { latestOwnPosts } from '../../../../src/data/wall';
import { AdminGiveaway } from '../../../../src/features/giveaways/AdminGiveaway';
import { DEMO_NOW, demoServices } from '../../../integration/demo-services';
import { wrap } from '../wrap';

const GROUP = 219000001;
const DAY = 86_400;

afterEach(cleanup);

/** A giveaway with its announcement still to publish (no post yet), drawn a day after DEMO_NOW. */
function draft(rules: Pick<GiveawayDraft, 'winners' | 'reserves' | 'conditions'>): GiveawayDraft {
  return { prize: 'Билеты в музей', drawAt: DEMO_NOW + DAY, ...rules, blacklist: [], postRef: null };
}

/** The organiser's screen of `record`; returns the spy its changes go to. */
function showAdmin(services: AppServices, deps: GiveawayDeps, record: GiveawayRecord) {
  const onChange = vi.fn<(r: GiveawayRecord) => void>();
  render(
    wrap(
      <AdminGiveaway
        deps={deps}
        record={record}
        timeZone="Europe/Moscow"
        onChange={onChange}
        onVerify={() => undefined}
      />,
      services,
    ),
  );
  return onChange;
}

describe('AdminGiveaway: announce first, bind later', () => {
  it('prepares the announcement, copies it, and binds the published post', async () => {
    const { services, bridge } = demoServices('role=admin');
    const deps = giveawayDeps(services, GROUP);
    const record = await createGiveaway(
      deps,
      GROUP,
      draft({
        winners: 2,
        reserves: 1,
        conditions: { member: true, like: false, repost: true, minTags: 3, partners: [] },
      }),
    );
    const onChange = showAdmin(services, deps, record);

    expect(screen.getByTestId('giveaway-admin').getAttribute('data-phase')).toBe('draft');
    const announcement = (screen.getByTestId('giveaway-announcement') as HTMLTextAreaElement).value;
    expect(announcement).toContain('Билеты в музей');
    expect(announcement).toContain(`#/giveaway/${record.terms.id}`);
    expect(announcement).toMatch(/репост/i);
    expect(announcement).toMatch(/3 друз/);

    fireEvent.click(screen.getByTestId('giveaway-copy'));
    await waitFor(() => expect(bridge.copiedText).toBe(announcement));

    // The announcement shows the code itself, so the post proves it from its own date.
    expect(announcement).toContain(`Код честности: ${record.commitment}`);

    // In VK the admin publishes the text; here a post of the page stands in for it, published with
    // the copied text (its date is days ago: a post that shows the code may be bound at any time).
    const [post] = await latestOwnPosts(services.api, GROUP);
    if (!post) throw new Error('the demo page has no posts');
    expect(DEMO_NOW - post.date).toBeGreaterThan(1800);
    const demoPost = bridge.world.walls.get(GROUP)?.find((p) => `${p.ownerId}_${p.id}` === post.ref);
    if (!demoPost) throw new Error('the post is not in the demo world');
    demoPost.text = bridge.copiedText ?? '';
    fireEvent.change(screen.getByTestId('giveaway-bind-link'), {
      target: { value: `https://vk.com/wall${post.ref}` },
    });
    fireEvent.click(screen.getByTestId('giveaway-bind'));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    const bound = onChange.mock.calls.at(-1)?.[0];
    expect(bound?.postRef).toBe(post.ref);
    expect(bound?.commitmentCommentId).toEqual(expect.any(Number));

    const comments = bridge.world.state.comments.get(post.ref) ?? [];
    const published = comments.map((c) => parseCommitmentComment(c.text)).find((p) => p !== null);
    expect(published?.commitment).toBe(record.commitment);
    expect(published?.terms).toEqual(record.terms);
  });

  it('refuses an old post without the code and says to create a new one', async () => {
    const { services, bridge } = demoServices('role=admin');
    const deps = giveawayDeps(services, GROUP);
    const record = await createGiveaway(
      deps,
      GROUP,
      draft({
        winners: 1,
        reserves: 0,
        conditions: { member: true, like: false, repost: false, minTags: null, partners: [] },
      }),
    );
    const onChange = showAdmin(services, deps, record);
    const [post] = await latestOwnPosts(services.api, GROUP);
    if (!post) throw new Error('the demo page has no posts');
    fireEvent.change(screen.getByTestId('giveaway-bind-link'), {
      target: { value: `https://vk.com/wall${post.ref}` },
    });
    fireEvent.click(screen.getByTestId('giveaway-bind'));
    const error = await screen.findByTestId('giveaway-bind-error');
    expect(error.textContent).toContain('Запись опубликована больше 30 минут назад');
    expect(error.textContent).toContain('Создайте для розыгрыша новую запись');
    expect(error.textContent).not.toMatch(/UTC|хеш|API/);
    expect(onChange).not.toHaveBeenCalled();
    expect(bridge.world.state.comments.get(post.ref) ?? []).toEqual([]);
  });
});

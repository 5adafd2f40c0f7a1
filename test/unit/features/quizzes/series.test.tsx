// @vitest-environment happy-dom
// The classic quiz in comments on screen: a series is created from a question post and its answers,
// the check finds the first correct answer, and the results are published under the post.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { latestOwnPosts } from '../../../../src/data/wall';
import type { SeriesRecord } from '../../../../src/data/quiz';
import { addComment } from '../../../../src/demo/session';
import { CreateSeries } from '../../../../src/features/quizzes/series/CreateSeries';
import { SeriesContent } from '../../../../src/features/quizzes/series/SeriesContent';
import { DEMO_NOW, demoServices } from '../../../integration/demo-services';
import { wrap } from '../wrap';

const GROUP = 219000001;

afterEach(cleanup);

describe('comment quiz series', () => {
  it('refuses a post of another wall, then creates, checks and publishes', async () => {
    const { services, bridge } = demoServices('role=admin');
    const [post] = await latestOwnPosts(services.api, GROUP, 1);
    if (!post) throw new Error('the demo page has no posts');
    const onCreated = vi.fn<(series: SeriesRecord) => void>();
    render(wrap(<CreateSeries groupId={GROUP} onCreated={onCreated} />, services));

    fireEvent.change(screen.getByTestId('series-title'), { target: { value: 'Знатоки района' } });
    fireEvent.change(screen.getByTestId('series-question-0-link'), {
      target: { value: 'https://vk.com/wall-1_2' },
    });
    fireEvent.change(screen.getByTestId('series-question-0-answers'), { target: { value: 'Лесногорск\n' } });
    fireEvent.click(screen.getByTestId('series-submit'));
    // The message stands under the link it is about.
    const linkError = screen
      .getByTestId('series-question-0-link')
      .closest('[class*="FormItem__host"]')
      ?.querySelector('[role="alert"]');
    expect(linkError?.textContent).toBe('Это запись другой стены: нужна запись этого сообщества.');
    expect(onCreated).not.toHaveBeenCalled();
    expect((screen.getByTestId('series-question-0-answers') as HTMLTextAreaElement).value).toBe(
      'Лесногорск\n',
    );

    fireEvent.change(screen.getByTestId('series-question-0-link'), {
      target: { value: `https://vk.com/wall${post.ref}` },
    });
    fireEvent.click(screen.getByTestId('series-submit'));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const series = onCreated.mock.calls[0]![0];
    expect(series.questions).toEqual([{ postRef: post.ref, answers: ['Лесногорск'] }]);
    cleanup();

    // A deleted account answers right first (it does not count), a subscriber answers wrong, then the
    // viewer answers right (case and punctuation do not matter). In the demo world 500000001 is the
    // viewer and 500000002… are deleted accounts.
    const demoPost = bridge.world.walls.get(GROUP)?.find((p) => `${p.ownerId}_${p.id}` === post.ref);
    if (!demoPost) throw new Error('the post is not on the demo wall');
    const comment = (fromId: number, date: number, text: string) =>
      addComment(bridge.world, demoPost, {
        ownerId: demoPost.ownerId,
        postId: demoPost.id,
        fromId,
        date,
        text,
        threadId: null,
        replyToUser: null,
        replyToComment: null,
        likes: 0,
      });
    const viewer = services.launch.userId;
    comment(500000002, DEMO_NOW - 40, 'Лесногорск');
    comment(viewer, DEMO_NOW - 30, 'не Лесногорск');
    comment(viewer, DEMO_NOW - 20, 'лесногорск!');

    render(wrap(<SeriesContent groupId={GROUP} id={series.id} />, services));
    fireEvent.click(await screen.findByTestId('series-scan'));
    const winner = await screen.findByTestId('series-winner');
    expect(winner.getAttribute('data-user-id')).toBe(String(viewer));
    // «Ответ 18 ноября в 14:59», not «Ответ в 18 ноября…».
    expect(winner.textContent).toMatch(/Ответ \d{1,2} [а-я]+ в \d{2}:\d{2}/);
    const standings = within(screen.getByTestId('series-standings')).getAllByTestId('series-standing-row');
    expect(standings.map((row) => row.getAttribute('data-user-id'))).toEqual([String(viewer)]);
    expect(standings[0]?.getAttribute('data-place')).toBe('1');

    fireEvent.click(screen.getByTestId('series-publish'));
    await screen.findByTestId('series-published');
    const published = bridge.world.state.comments.get(post.ref) ?? [];
    expect(published.filter((c) => c.fromId === -GROUP)).toHaveLength(2);
  });
});

// @vitest-environment happy-dom
// The whole quiz on screen in one demo world: the admin copies the post text and binds a post, a
// subscriber answers and the sealed comment is posted (a QZ2 line bound to the viewer's own id),
// someone copies it and someone posts an unbound QZ1 line, after the close the admin counts (the two
// are listed as not counted, with the reasons in Russian) and publishes, and the subscriber sees
// their place.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findSealedLine, openEntry, parseKeyLine, sealAnswers } from '../../../../src/core/quiz';
import { latestOwnPosts } from '../../../../src/data/wall';
import { createQuiz, quizDeps, type QuizRecord } from '../../../../src/data/quiz';
import { commentsOf } from '../../../../src/demo/crowd';
import { addComment } from '../../../../src/demo/session';
import { AdminQuiz } from '../../../../src/features/quizzes/AdminQuiz';
import { ParticipantQuiz } from '../../../../src/features/quizzes/ParticipantQuiz';
import { DEMO_NOW, demoServices } from '../../../integration/demo-services';
import { wrap } from '../wrap';

const GROUP = 219000001;
const TZ = 'Europe/Moscow';

afterEach(cleanup);

describe('a quiz from the post text to the results', () => {
  it('binds, takes an entry, counts and publishes', async () => {
    const { services, bridge, clock } = demoServices('role=admin');
    const deps = quizDeps(services, GROUP);
    const created = await createQuiz(deps, GROUP, {
      title: 'Знаете ли вы свой город?',
      prize: 'Книга',
      questions: [
        { text: 'Сколько мостов?', options: ['Три', 'Пять'], photo: null, correct: 1 },
        { text: 'Год основания?', options: ['1703', '1812', '1900'], photo: null, correct: 0 },
      ],
      secondsPerQuestion: 20,
      opensAt: DEMO_NOW - 60,
      closesAt: DEMO_NOW + 3600,
      postRef: null,
    });

    // Draft: the post text with the key line, copied; then the published post's link.
    let record: QuizRecord = created;
    const onChange = vi.fn((next: QuizRecord) => {
      record = next;
    });
    const admin = render(
      wrap(<AdminQuiz deps={deps} record={record} timeZone={TZ} onChange={onChange} />, services),
    );
    expect(screen.getByTestId('quiz-admin').getAttribute('data-phase')).toBe('draft');
    const text = (screen.getByTestId('quiz-post-text') as HTMLTextAreaElement).value;
    expect(parseKeyLine(text)).toEqual({
      id: created.definition.id,
      publicKey: created.definition.publicKey,
    });
    fireEvent.click(screen.getByTestId('quiz-copy'));
    await waitFor(() => expect(bridge.copiedText).toBe(text));
    // In VK the admin publishes the text; here a recent post (without the key line) stands in for it.
    const [post] = await latestOwnPosts(services.api, GROUP, 1);
    if (!post) throw new Error('the demo page has no posts');
    fireEvent.change(screen.getByTestId('quiz-bind-link'), {
      target: { value: `https://vk.com/wall${post.ref}` },
    });
    fireEvent.click(screen.getByTestId('quiz-bind'));
    await waitFor(() => expect(record.definitionCommentId).not.toBeNull());
    admin.rerender(
      wrap(<AdminQuiz deps={deps} record={record} timeZone={TZ} onChange={onChange} />, services),
    );
    expect(screen.getByTestId('quiz-admin').getAttribute('data-phase')).toBe('open');
    // The stand-in post has no QZK1 line: the admin is told the key went into the community's comment.
    expect(screen.getByTestId('quiz-key-in-comment')).toBeTruthy();
    admin.unmount();

    // The subscriber (the same demo viewer) answers: one right, one wrong; the comment is posted.
    const participant = render(
      wrap(
        <ParticipantQuiz groupId={GROUP} id={created.definition.id} postRef={post.ref} timeZone={TZ} />,
        services,
      ),
    );
    const state = () => screen.getByTestId('quiz-participant').getAttribute('data-state');
    await waitFor(() => expect(state()).toBe('ready'));
    fireEvent.click(screen.getByTestId('quiz-start'));
    // The attempt is stored before the first question shows.
    await screen.findByTestId('quiz-question');
    clock.advance(3_000);
    fireEvent.click(screen.getByTestId('quiz-option-1'));
    clock.advance(4_000);
    fireEvent.click(screen.getByTestId('quiz-option-2'));
    await waitFor(() => expect(state()).toBe('sent'));
    participant.unmount();

    // The comment is the viewer's, and its QZ2 line opens with the viewer's id and no other.
    const demoPost = bridge.world.walls.get(GROUP)?.find((p) => `${p.ownerId}_${p.id}` === post.ref);
    if (!demoPost) throw new Error('the post is not on the demo wall');
    const viewer = services.launch.userId;
    const entryComment = commentsOf(bridge.world, demoPost).find((c) => c.fromId === viewer);
    const found = findSealedLine(entryComment?.text ?? '');
    if (found.kind !== 'line') throw new Error(`no sealed line in the viewer's comment: ${found.kind}`);
    expect(found.protocol).toBe(2);
    const openAs = (userId: number) =>
      openEntry(globalThis.crypto.subtle, {
        quizId: created.definition.id,
        privateKeyJwk: created.privateKeyJwk,
        line: found.line,
        userId,
      });
    expect(await openAs(viewer)).toMatchObject({ ok: true, answers: { a: [1, 2] } });
    expect(await openAs(viewer + 1)).toEqual({ ok: false, reason: 'cannot decrypt' });

    // Someone pastes the viewer's comment as their own; someone else posts an old-format QZ1 line.
    const commentAs = (fromId: number, text: string) =>
      addComment(bridge.world, demoPost, {
        ownerId: demoPost.ownerId,
        postId: demoPost.id,
        fromId,
        date: Math.floor(clock.now() / 1000),
        text,
        threadId: null,
        replyToUser: null,
        replyToComment: null,
        likes: 0,
      });
    const copy = commentAs(990_000_001, entryComment?.text ?? '');
    const unboundLine = await sealAnswers(globalThis.crypto.subtle, {
      quizId: created.definition.id,
      publicKey: created.definition.publicKey,
      answers: { a: [1, 0], t: [1000, 1000] },
      random: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
    });
    const unbound = commentAs(990_000_002, `Мой ответ: ${unboundLine}`);

    // After the close: count, choose the top 3, publish.
    clock.advance(3_700_000);
    render(wrap(<AdminQuiz deps={deps} record={record} timeZone={TZ} onChange={onChange} />, services));
    expect(screen.getByTestId('quiz-admin').getAttribute('data-phase')).toBe('closed');
    fireEvent.click(screen.getByTestId('quiz-score'));
    await waitFor(() => expect(record.results).not.toBeNull());
    cleanup();
    render(wrap(<AdminQuiz deps={deps} record={record} timeZone={TZ} onChange={onChange} />, services));
    expect(screen.getByTestId('quiz-admin').getAttribute('data-phase')).toBe('scored');
    const rows = within(screen.getByTestId('quiz-results')).getAllByTestId('quiz-result-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.getAttribute('data-user-id')).toBe(String(services.launch.userId));
    expect(rows[0]?.getAttribute('data-place')).toBe('1');
    expect(rows[0]?.textContent).toContain('1 из 2');
    expect(screen.getByTestId('quiz-score-summary').textContent).toContain('не засчитано 2 ответа');
    const rejected = within(screen.getByTestId('quiz-rejected')).getAllByTestId('quiz-rejected-row');
    expect(
      rejected.map((row) => [
        row.getAttribute('data-comment-id'),
        row.getAttribute('data-reason'),
        row.querySelector('a')?.getAttribute('href'),
      ]),
    ).toEqual([
      [
        String(copy.id),
        `another user's entry (id ${viewer})`,
        `https://vk.com/wall${post.ref}?reply=${copy.id}`,
      ],
      [String(unbound.id), 'unbound line (QZ1)', `https://vk.com/wall${post.ref}?reply=${unbound.id}`],
    ]);
    expect(rejected[0]?.textContent).toContain(
      `Строка скопирована из ответа другого участника (id${viewer}): засчитывается только у автора`,
    );
    expect(rejected[1]?.textContent).toContain('Ответ в старом формате QZ1 не привязан к автору');
    fireEvent.click(screen.getByTestId('quiz-top-3'));
    fireEvent.click(screen.getByTestId('quiz-publish'));
    await waitFor(() => expect(record.results?.resultsCommentId).not.toBeNull());
    cleanup();

    // The subscriber sees their score and place.
    render(
      wrap(
        <ParticipantQuiz groupId={GROUP} id={created.definition.id} postRef={post.ref} timeZone={TZ} />,
        services,
      ),
    );
    await waitFor(() => expect(state()).toBe('results'));
    const mine = await screen.findByTestId('quiz-my-result');
    expect(mine.getAttribute('data-place')).toBe('1');
    expect(mine.textContent).toContain('1 из 2, время 7 с, место 1');
  });
});

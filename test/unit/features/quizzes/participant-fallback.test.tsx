// @vitest-environment happy-dom
// The participant's path when VK's right to post is refused: the quiz is answered, the app explains
// the sealed comment first, and on refusal hands over the sealed line to paste, with copy and
// «Открыть запись»; the line is kept in the viewer's storage, so it survives a reload.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findSealedLine } from '../../../../src/core/quiz';
import { addComment } from '../../../../src/demo/session';
import { myEntry } from '../../../../src/data/quiz';
import { ParticipantQuiz } from '../../../../src/features/quizzes/ParticipantQuiz';
import { DEMO_NOW } from '../../../integration/demo-services';
import { GROUP, openQuiz } from './open-quiz';
import { wrap } from '../wrap';

afterEach(cleanup);

describe('ParticipantQuiz: the right to post refused', () => {
  it('shows the sealed line to paste by hand', async () => {
    // One demo world for both sides: the viewer is the page's admin (who creates the quiz through the
    // data layer) and answers it on the participant's screen, refusing the `wall` right.
    const { services, bridge, deps, post, record } = await openQuiz(
      'role=admin&deny=wall',
      'Знаете ли вы свой город?',
      [
        { text: 'Сколько мостов?', options: ['Три', 'Пять'], photo: null, correct: 1 },
        { text: 'Год основания?', options: ['1703', '1812', '1900'], photo: null, correct: 0 },
      ],
    );

    render(
      wrap(
        <ParticipantQuiz
          groupId={GROUP}
          id={record.definition.id}
          postRef={post.ref}
          timeZone="Europe/Moscow"
        />,
        services,
      ),
    );
    const participant = () => screen.getByTestId('quiz-participant');
    await waitFor(() => expect(participant().getAttribute('data-state')).toBe('ready'));
    expect(screen.getByTestId('quiz-rules').textContent).toContain(
      'Ответ будет опубликован вашим комментарием под записью — зашифрованным',
    );

    fireEvent.click(screen.getByTestId('quiz-start'));
    expect((await screen.findByTestId('quiz-question')).getAttribute('data-index')).toBe('0');
    fireEvent.click(screen.getByTestId('quiz-option-1'));
    fireEvent.click(screen.getByTestId('quiz-option-0'));

    await waitFor(() => expect(participant().getAttribute('data-state')).toBe('fallback'));
    expect(screen.getByTestId('quiz-fallback').getAttribute('data-reason')).toBe('refused');
    const line = (screen.getByTestId('quiz-sealed-line') as HTMLTextAreaElement).value;
    // A QZ2 line bound to the viewer: the screen says to paste it from their own page.
    expect(findSealedLine(line)).toEqual({ kind: 'line', protocol: 2, quizId: record.definition.id, line });
    expect(screen.getByTestId('quiz-fallback').textContent).toContain(
      'Публикуйте со своей страницы: строка привязана к вам, и в чужом комментарии она не засчитается.',
    );

    fireEvent.click(screen.getByTestId('quiz-copy-line'));
    await waitFor(() => expect(bridge.copiedText).toBe(line));
    expect(screen.getByTestId('quiz-open-post')).toBeTruthy();

    // Kept before the post was tried: the same line after a reload.
    const stored = await myEntry(deps, record.definition.id);
    expect(stored?.sealedLine).toBe(line);
    expect(stored?.postedCommentId).toBeNull();
    expect(stored?.answers.a).toEqual([1, 0]);

    // «Я вставил(а) комментарий» before pasting: not found, the line stays.
    fireEvent.click(screen.getByTestId('quiz-recheck'));
    await waitFor(() => expect(screen.getByTestId('quiz-recheck-missing')).toBeTruthy());
    expect(participant().getAttribute('data-state')).toBe('fallback');

    // The viewer pastes the line under the post by hand (in VK's own window, outside the app).
    const demoPost = bridge.world.walls.get(GROUP)?.find((p) => `${p.ownerId}_${p.id}` === post.ref);
    if (!demoPost) throw new Error('the post is not on the demo wall');
    const pasted = addComment(bridge.world, demoPost, {
      ownerId: demoPost.ownerId,
      postId: demoPost.id,
      fromId: services.launch.userId,
      date: DEMO_NOW,
      text: `Мой ответ: ${line}`,
      threadId: null,
      replyToUser: null,
      replyToComment: null,
      likes: 0,
    });
    fireEvent.click(screen.getByTestId('quiz-recheck'));
    await waitFor(() => expect(participant().getAttribute('data-state')).toBe('sent'));
    expect((await myEntry(deps, record.definition.id))?.postedCommentId).toBe(pasted.id);
  });
});

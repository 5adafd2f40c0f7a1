// @vitest-environment happy-dom
// The organiser's draft when publishing a long definition is interrupted: after each failure the
// screen re-reads the record and shows how many definition parts are out (even when the post was
// bound before), and binding again finishes the rest. A scored quiz whose score did not fit in VK
// Storage says that only the top was kept.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { definitionPartCount } from '../../../../src/core/quiz';
import { latestOwnPosts } from '../../../../src/data/wall';
import { createQuiz, quizDeps, type QuizDeps, type QuizRecord } from '../../../../src/data/quiz';
import { AdminQuiz } from '../../../../src/features/quizzes/AdminQuiz';
import type { VkApi } from '../../../../src/vk/api-client';
import { VkNetworkError } from '../../../../src/vk/errors';
import { DEMO_NOW, demoServices } from '../../../integration/demo-services';
import { closedQuizRecord } from '../../../integration/quiz/quiz-session';
import { wrap } from '../wrap';

const GROUP = 219000001;
const TZ = 'Europe/Moscow';

afterEach(cleanup);

function Host({ deps, initial }: { deps: QuizDeps; initial: QuizRecord }) {
  const [record, setRecord] = useState(initial);
  return <AdminQuiz deps={deps} record={record} timeZone={TZ} onChange={setRecord} />;
}

/** The api whose replies number `failing` reach VK but lose their answer. */
function flaky(api: VkApi, failing: ReadonlySet<number>): VkApi {
  let replies = 0;
  return {
    ...api,
    call: async (req) => {
      const isReply = req.method === 'wall.createComment' && req.params?.['reply_to_comment'] !== undefined;
      if (isReply && failing.has(++replies)) {
        await api.call(req);
        throw new VkNetworkError({ method: req.method, reason: 'the answer was lost' });
      }
      return api.call(req);
    },
  };
}

const LONG = 'Какой памятник открыли на главной площади Лесногорска в году ёлки '.repeat(7).slice(0, 400);

describe('AdminQuiz: an interrupted bind', () => {
  it('shows the parts published after each failure and finishes on the next try', async () => {
    const { services } = demoServices('role=admin');
    const deps = quizDeps(services, GROUP);
    const created = await createQuiz(deps, GROUP, {
      title: 'Большая викторина',
      prize: '',
      questions: Array.from({ length: 12 }, (_, i) => ({
        text: `${i + 1}. ${LONG}`,
        options: Array.from({ length: 4 }, (_, j) => `${j + 1}) ${LONG.slice(j * 10, j * 10 + 70)}`),
        photo: null,
        correct: 0,
      })),
      secondsPerQuestion: 30,
      opensAt: DEMO_NOW,
      closesAt: DEMO_NOW + 3600,
      postRef: null,
    });
    const k = definitionPartCount(created.definition);
    expect(k).toBeGreaterThan(3);
    const [post] = await latestOwnPosts(services.api, GROUP, 1);
    if (!post) throw new Error('the demo page has no posts');

    // Reply 1 (part 2) reaches VK but its answer is lost; on the retry reply 3 (part 3) does the same.
    const flakyDeps = { ...deps, api: flaky(services.api, new Set([1, 3])) };
    render(wrap(<Host deps={flakyDeps} initial={created} />, services));
    fireEvent.change(screen.getByTestId('quiz-bind-link'), {
      target: { value: `https://vk.com/wall${post.ref}` },
    });
    fireEvent.click(screen.getByTestId('quiz-bind'));
    await screen.findByTestId('quiz-bind-error');
    await waitFor(() =>
      expect(screen.getByTestId('quiz-bind-pending').textContent).toContain(
        `опубликовано частей описания викторины: 1 из ${k}`,
      ),
    );
    expect(screen.getByTestId('quiz-bind').textContent).toBe('Опубликовать остальные части');

    // The post was already bound: only the part count changes, and the screen follows it.
    fireEvent.click(screen.getByTestId('quiz-bind'));
    await waitFor(() =>
      expect(screen.getByTestId('quiz-bind-pending').textContent).toContain(
        `опубликовано частей описания викторины: 2 из ${k}`,
      ),
    );
    expect(screen.getByTestId('quiz-admin').getAttribute('data-phase')).toBe('draft');

    fireEvent.click(screen.getByTestId('quiz-bind'));
    await waitFor(() => expect(screen.getByTestId('quiz-admin').getAttribute('data-phase')).toBe('open'));
  });
});

describe('AdminQuiz: a score kept in part', () => {
  it('says that only the first places were kept', () => {
    const { services } = demoServices('role=admin');
    const deps = quizDeps(services, GROUP);
    const results = Array.from({ length: 3 }, (_, i) => ({
      userId: 1000 + i,
      correct: 1,
      timeMs: 1000 * (i + 1),
      place: i + 1,
      commentId: 50 + i,
      date: DEMO_NOW,
    }));
    const record = closedQuizRecord('bigQuiz0001', GROUP, {
      scoredAt: DEMO_NOW,
      score: { results, rejected: [] },
      counts: { entries: 7000, rejected: 1200 },
      truncated: true,
      resultsCommentId: null,
    });
    render(
      wrap(<AdminQuiz deps={deps} record={record} timeZone={TZ} onChange={() => undefined} />, services),
    );
    const summary = screen.getByTestId('quiz-score-summary').textContent;
    expect(summary).toMatch(/засчитано 7\s000 ответов, не засчитано 1\s200 ответов/);
    expect(screen.getByTestId('quiz-score-truncated').textContent).toContain('сохранены первые 3 места');
  });
});

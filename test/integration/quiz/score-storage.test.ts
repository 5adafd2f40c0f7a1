// The score lives under its own key in the page's community storage; one too large for VK Storage
// (64 values of 4 KB) keeps its first 500 results and the counts, and says so (`truncated`).
import { describe, expect, it } from 'vitest';
import type { QuizResult, QuizScore } from '../../../src/core/quiz';
import { createQuizStore } from '../../../src/data/quiz';
import { HEAD_ID } from '../../../src/demo/pages';
import { DEMO_NOW } from '../demo-services';
import { closedQuizRecord, quizSession } from './quiz-session';

const GROUP = HEAD_ID;

function bigScore(entries: number, rejected: number): QuizScore {
  const results: QuizResult[] = Array.from({ length: entries }, (_, i) => ({
    userId: 100_000_000 + i,
    correct: 10 - Math.floor(i / 1000),
    timeMs: 60_000 + i * 37,
    place: i + 1,
    commentId: 500_000 + i,
    date: DEMO_NOW + i,
  }));
  return {
    results,
    rejected: Array.from({ length: rejected }, (_, i) => ({
      commentId: 900_000 + i,
      reason: 'second entry of this user',
    })),
  };
}

describe('the stored score', () => {
  it('is kept whole under its own key when it fits', async () => {
    const store = createQuizStore(quizSession(GROUP).open('role=admin').deps.storage);
    const score = bigScore(300, 40);
    const kept = await store.saveScore('smallQuiz01', score);
    expect(kept).toEqual({ score, counts: { entries: 300, rejected: 40 }, truncated: false });
    const saved = closedQuizRecord('smallQuiz01', GROUP, {
      scoredAt: DEMO_NOW,
      ...kept,
      resultsCommentId: null,
    });
    await store.save(saved);
    expect(await store.get('smallQuiz01')).toEqual(saved);
  });

  it('keeps the top 500 and the counts of thousands of entries, and says so', async () => {
    const store = createQuizStore(quizSession(GROUP).open('role=admin').deps.storage);
    const score = bigScore(6000, 3000);
    const kept = await store.saveScore('bigQuiz0001', score);
    expect(kept.truncated).toBe(true);
    expect(kept.counts).toEqual({ entries: 6000, rejected: 3000 });
    expect(kept.score).toEqual({ results: score.results.slice(0, 500), rejected: [] });
    const saved = closedQuizRecord('bigQuiz0001', GROUP, {
      scoredAt: DEMO_NOW,
      ...kept,
      resultsCommentId: 77,
    });
    await store.save(saved);
    expect(await store.get('bigQuiz0001')).toEqual(saved);
    expect(await store.list()).toEqual([saved]);
  });
});

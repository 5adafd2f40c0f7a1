// The classic quiz in comments over the demo library's quiz posts (their accepted answers from
// src/demo/quiz-posts.ts): scan (winners against the first
// matching comment found here from the raw comments), publish (once, even when called twice).
import { describe, expect, it } from 'vitest';
import type { CommentQuestion } from '../../../src/core/quiz';
import {
  createSeries,
  createSeriesStore,
  publishSeriesResults,
  scanSeries,
  seriesCommentsTotal,
} from '../../../src/data/quiz';
import { commentsOf, userOf } from '../../../src/demo/crowd';
import { quizQuestionOf } from '../../../src/demo/quiz-posts';
import type { DemoComment, DemoPost, DemoWorld } from '../../../src/demo/world-types';
import { quizSession } from './quiz-session';

/** The municipal library: a page with quizzes (flag Q) whose posts collect answers in comments. */
const LIBRARY = 219000015;

function quizPosts(world: DemoWorld): DemoPost[] {
  return (world.walls.get(LIBRARY) ?? [])
    .filter((p) => p.kind === 'quiz' && p.state === 'published' && commentsOf(world, p).length > 0)
    .sort((a, b) => b.date - a.date)
    .slice(0, 3)
    .reverse();
}

/** The rule of docs/quiz.md, written out independently: equality after normalisation. */
function normalized(text: string): string {
  return text
    .replace(/^\s*\[(?:id|club|public)\d+(?::[^|\]]*)?\|[^\]]*\]\s*,?\s*/u, '')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstMatching(world: DemoWorld, post: DemoPost, answers: readonly string[]): DemoComment | null {
  const accepted = new Set(answers.map(normalized));
  const matching = commentsOf(world, post)
    .filter((c) => c.fromId > 0 && !userOf(world, c.fromId)?.deactivated)
    .filter((c) => accepted.has(normalized(c.text)))
    .sort((a, b) => a.date - b.date || a.id - b.id);
  return matching[0] ?? null;
}

describe('a series of quizzes in comments', () => {
  it('finds each question’s first right answer and publishes the results once', async () => {
    const session = quizSession(LIBRARY);
    const admin = session.open('role=admin');
    const world = admin.bridge.world;
    const posts = quizPosts(world);
    expect(posts.length).toBeGreaterThanOrEqual(2);
    // Each demo quiz post asks one question; its commenters answer in many spellings, or wrongly.
    const questions: CommentQuestion[] = posts.map((p) => ({
      postRef: `${p.ownerId}_${p.id}`,
      answers: [...(quizQuestionOf(world, p)?.answers ?? [])],
    }));
    const series = await createSeries(admin.deps, LIBRARY, { title: 'Знатоки Лесногорска', questions });
    expect(await createSeriesStore(admin.deps.storage).get(series.id)).toEqual(series);

    const scanned = await scanSeries(admin.deps, series);
    const winners = scanned.results?.winners ?? [];
    expect(winners).toHaveLength(posts.length);
    posts.forEach((post, i) => {
      const first = firstMatching(world, post, questions[i]?.answers ?? []);
      expect(winners[i]).toEqual({
        postRef: `${post.ownerId}_${post.id}`,
        userId: first?.fromId ?? null,
        commentId: first?.id ?? null,
        date: first?.date ?? null,
      });
    });
    expect(winners.some((w) => w.userId !== null)).toBe(true);
    const wins = new Map<number, number>();
    for (const w of winners) if (w.userId !== null) wins.set(w.userId, (wins.get(w.userId) ?? 0) + 1);
    expect(new Map(scanned.results?.standings.map((s) => [s.userId, s.wins]))).toEqual(wins);

    const ownCount = () => posts.map((p) => commentsOf(world, p).filter((c) => c.fromId === -LIBRARY).length);
    const before = ownCount();
    const done = await publishSeriesResults(admin.deps, scanned);
    expect(done.published).toHaveLength(posts.length + 1);
    // The screen's «N из M» counts against the same total.
    expect(seriesCommentsTotal(done)).toBe(done.published.length);
    // Called again with the stale record, every comment is sent again: the guids keep them single.
    await publishSeriesResults(admin.deps, scanned);
    const after = ownCount();
    expect(after).toEqual(before.map((n, i) => n + (i === posts.length - 1 ? 2 : 1)));

    posts.forEach((post, i) => {
      const comment = commentsOf(world, post).find((c) => c.id === done.published[i]?.commentId);
      expect(comment?.fromId).toBe(-LIBRARY);
      const winner = winners[i]?.userId ?? null;
      if (winner !== null) expect(comment?.text).toContain(`id${winner}`);
    });
    const last = posts.at(-1);
    const standings = last && commentsOf(world, last).find((c) => c.id === done.published.at(-1)?.commentId);
    expect(standings?.fromId).toBe(-LIBRARY);
    expect(standings?.text).toContain('Знатоки Лесногорска');
  });
});

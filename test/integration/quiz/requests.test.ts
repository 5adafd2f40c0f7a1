// How many requests scoring a quiz costs: reading every comment of the post (threads included)
// stays within 1.2× the execute floor ⌈calls/25⌉ plus one request per dependent step.
import { describe, expect, it } from 'vitest';
import { generateQuizKeys, type QuizDefinition } from '../../../src/core/quiz';
import { rescoreAll, type PublishedQuiz } from '../../../src/data/quiz';
import { commentsOf } from '../../../src/demo/crowd';
import { GIVEAWAY_BENCH_PAGE_ID, GIVEAWAY_BENCH_POST_REF } from '../../../src/demo/world';
import { EXECUTE_MAX_CALLS } from '../../../src/vk/limits';
import { giveawayBenchServices } from '../../../scripts/bench/giveaway';
import { DEMO_NOW } from '../demo-services';
import { quizSession } from './quiz-session';

/**
 * readComments: the first page; then the other top-level pages together with the long threads of the
 * first; then the long threads of those pages.
 */
const DEPENDENT_STEPS = 3;

const bound = (calls: number) => 1.2 * (Math.ceil(calls / EXECUTE_MAX_CALLS) + DEPENDENT_STEPS);

async function publishedOn(groupId: number, postRef: string): Promise<PublishedQuiz> {
  const keys = await generateQuizKeys(globalThis.crypto.subtle);
  const definition: QuizDefinition = {
    id: 'requests01',
    groupId,
    title: 'Проверка',
    prize: '',
    questions: [{ text: 'Вопрос', options: ['да', 'нет'], photo: null }],
    secondsPerQuestion: 30,
    opensAt: DEMO_NOW - 30 * 86_400,
    closesAt: DEMO_NOW,
    publicKey: keys.publicKey,
  };
  return {
    definition,
    postRef,
    definedAt: DEMO_NOW - 30 * 86_400,
    keyInPost: false,
    results: { key: [0], privateKeyJwk: keys.privateKeyJwk, top: [], publishedAt: DEMO_NOW },
  };
}

describe('scoring requests', () => {
  it('reads a demo quiz post in a few requests', async () => {
    const LIBRARY = 219000015;
    const viewer = quizSession(LIBRARY).open('role=admin');
    const world = viewer.bridge.world;
    const post = (world.walls.get(LIBRARY) ?? [])
      .filter((p) => p.kind === 'quiz' && p.state === 'published')
      .sort((a, b) => commentsOf(world, b).length - commentsOf(world, a).length)[0];
    if (!post) throw new Error('the demo library has no quiz post');
    const published = await publishedOn(LIBRARY, `${post.ownerId}_${post.id}`);
    let read = 0;
    await rescoreAll(viewer.services.api, globalThis.crypto.subtle, published, (p) => (read = p.done));
    expect(read).toBe(commentsOf(world, post).length);
    const { requests, calls } = viewer.services.api.stats();
    expect(requests).toBeLessThanOrEqual(bound(calls));
  });

  it('stays within 1.2× the execute floor plus the dependent steps on the 5,000-comment bench post', async () => {
    const { services, bridge } = giveawayBenchServices();
    const published = await publishedOn(GIVEAWAY_BENCH_PAGE_ID, GIVEAWAY_BENCH_POST_REF);
    let read = 0;
    await rescoreAll(services.api, globalThis.crypto.subtle, published, (p) => (read = p.done));
    const post = bridge.world.walls.get(GIVEAWAY_BENCH_PAGE_ID)?.[0];
    if (!post) throw new Error('no bench post');
    expect(read).toBe(commentsOf(bridge.world, post).length);
    const { requests, calls } = services.api.stats();
    expect(calls).toBeGreaterThan(EXECUTE_MAX_CALLS);
    expect(requests).toBeLessThanOrEqual(bound(calls));
  });
});

// A quiz too long for one comment over the simulated VK: its definition goes out as part 1 under the
// post and the other parts as the community's replies to it; the public reads it back whole (a forged
// reply from a subscriber changes nothing); an interrupted publication leaves a draft and resumes
// without doubling a comment.
import { describe, expect, it } from 'vitest';
import {
  definitionPartCount,
  parseDefinitionPart,
  QUIZ_DEFINITION_MAX_CHARS,
  type DefinitionPart,
} from '../../../src/core/quiz';
import {
  bindQuizPost,
  createQuiz,
  createQuizStore,
  findPublishedQuiz,
  listPublishedQuizzes,
  phaseOf,
  scoreQuiz,
  type BrokenQuizDefinition,
  type QuizDraft,
} from '../../../src/data/quiz';
import { commentsOf } from '../../../src/demo/crowd';
import { HEAD_ID } from '../../../src/demo/pages';
import type { DemoComment, DemoPost, DemoWorld } from '../../../src/demo/world-types';
import type { VkApi } from '../../../src/vk/api-client';
import { VkNetworkError } from '../../../src/vk/errors';
import { createCommentResponse } from '../../../src/vk/wire-comments';
import { DEMO_NOW } from '../demo-services';
import { ownPost, quizSession } from './quiz-session';

const GROUP = HEAD_ID;
const HOUR = 3600;

/** `n` characters of Russian text, different for each seed. */
function russian(n: number, seed: number): string {
  const words = [
    'Какой',
    'памятник',
    'открыли',
    'на',
    'главной',
    'площади',
    'Лесногорска',
    'в',
    'году',
    'ёлки',
  ];
  let text = `${seed + 1}.`;
  for (let i = 0; text.length < n; i++) text += ` ${words[(i * 3 + seed) % words.length]}`;
  return `${text.slice(0, n - 1).trimEnd()}?`;
}

/** Twelve questions of 400 characters with four options of 80. */
function longDraft(postRef: string | null): QuizDraft {
  return {
    title: 'Большая викторина об истории округа',
    prize: 'Экскурсия по музею',
    questions: Array.from({ length: 12 }, (_, i) => ({
      text: russian(400, i),
      options: Array.from({ length: 4 }, (_, j) => russian(80, i * 4 + j)),
      photo: null,
      correct: i % 4,
    })),
    secondsPerQuestion: 60,
    opensAt: DEMO_NOW,
    closesAt: DEMO_NOW + HOUR,
    postRef,
  };
}

/** The community's definition comments of quiz `id` under the post, with their parsed lines. */
function definitionComments(world: DemoWorld, post: DemoPost, id: string) {
  return commentsOf(world, post)
    .filter((c) => c.fromId === -GROUP)
    .map((c) => ({ comment: c, part: parseDefinitionPart(c.text) }))
    .filter((x): x is { comment: DemoComment; part: DefinitionPart } => x.part?.id === id);
}

describe('a definition longer than one comment', () => {
  it('is published as part 1 and replies in its thread, and read back whole', async () => {
    const session = quizSession(GROUP);
    const admin = session.open('role=admin');
    const world = admin.bridge.world;
    const post = ownPost(world, GROUP, 0);
    const postRef = `${post.ownerId}_${post.id}`;

    const record = await createQuiz(admin.deps, GROUP, longDraft(postRef));
    const { id } = record.definition;
    const k = definitionPartCount(record.definition);
    expect(k).toBeGreaterThan(3);
    expect(record.definitionPartsPosted).toBe(k);
    expect(phaseOf(record, session.now())).toBe('open');

    const published = definitionComments(world, post, id);
    expect(published.map((x) => x.part.part)).toEqual(Array.from({ length: k }, (_, i) => i + 1));
    const [head, ...replies] = published;
    expect(head?.comment.id).toBe(record.definitionCommentId);
    expect(head?.comment.threadId).toBeNull();
    for (const reply of replies) {
      expect(reply.comment.threadId).toBe(record.definitionCommentId);
      expect(reply.comment.text).toMatch(
        /^Викторина «Большая викторина об истории округа», часть \d+ из \d+:\n/,
      );
    }
    for (const { comment } of published)
      expect(comment.text.length).toBeLessThanOrEqual(QUIZ_DEFINITION_MAX_CHARS);
    // Binding again publishes nothing new.
    expect(await bindQuizPost(admin.deps, record, postRef)).toEqual(record);
    expect(definitionComments(world, post, id)).toHaveLength(k);

    // A subscriber replies in the thread with a forged part: only the community's replies count.
    const member = session.open('role=member');
    await member.services.api.call({
      method: 'wall.createComment',
      scopes: ['wall'],
      params: {
        owner_id: post.ownerId,
        post_id: post.id,
        message: `Моя версия:\nQZD1.${id}.2.${k}.AAAA`,
        reply_to_comment: record.definitionCommentId ?? 0,
      },
      schema: createCommentResponse,
    });
    const broken: BrokenQuizDefinition[] = [];
    const found = await findPublishedQuiz(
      member.services.api,
      { groupId: GROUP, id, postRef },
      { onBrokenDefinition: (b) => broken.push(b) },
    );
    expect(found).toMatchObject({ definition: record.definition, postRef, keyInPost: false, results: null });
    expect(found?.definition.questions).toHaveLength(12);
    expect(broken).toEqual([]);
    const viaList = await findPublishedQuiz(
      member.services.api,
      { groupId: GROUP, id, postRef: null },
      { now: session.now() },
    );
    expect(viaList).toEqual(found);
    const listed = await listPublishedQuizzes(member.services.api, GROUP, { now: session.now() });
    expect(listed.find((q) => q.definition.id === id)).toEqual(found);
  });

  it('resumes a publication interrupted after part 1 without doubling a comment', async () => {
    const session = quizSession(GROUP);
    const admin = session.open('role=admin');
    const world = admin.bridge.world;
    const post = ownPost(world, GROUP, 1);
    const postRef = `${post.ownerId}_${post.id}`;
    const record = await createQuiz(admin.deps, GROUP, longDraft(null));
    const { id } = record.definition;
    const k = definitionPartCount(record.definition);
    expect(k).toBeGreaterThan(3);

    // The second reply (part 3) reaches VK but its answer is lost; the bind stops there.
    let replies = 0;
    const api = admin.services.api;
    const flaky: VkApi = {
      ...api,
      call: async (req) => {
        const isReply = req.method === 'wall.createComment' && req.params?.['reply_to_comment'] !== undefined;
        if (isReply && ++replies === 2) {
          await api.call(req);
          throw new VkNetworkError({ method: req.method, reason: 'the answer was lost' });
        }
        return api.call(req);
      },
    };
    await expect(bindQuizPost({ ...admin.deps, api: flaky }, record, postRef)).rejects.toBeInstanceOf(
      VkNetworkError,
    );

    const stored = await createQuizStore(admin.deps.storage).get(id);
    if (!stored) throw new Error('the record is gone');
    expect(stored.postRef).toBe(postRef);
    expect(stored.definitionCommentId).not.toBeNull();
    expect(stored.definitionPartsPosted).toBe(2);
    expect(phaseOf(stored, session.now())).toBe('draft');
    await expect(scoreQuiz(admin.deps, stored)).rejects.toMatchObject({ kind: 'not-bound' });
    expect(definitionComments(world, post, id).map((x) => x.part.part)).toEqual([1, 2, 3]);

    // Meanwhile the public cannot read the quiz: the definition is incomplete (the problem is logged).
    const broken: BrokenQuizDefinition[] = [];
    const reader = session.open('role=member');
    const early = await findPublishedQuiz(
      reader.services.api,
      { groupId: GROUP, id, postRef },
      { onBrokenDefinition: (b) => broken.push(b) },
    );
    expect(early).toBeNull();
    expect(broken).toEqual([{ id, postRef, problem: `Не хватает части 4 из ${k} описания викторины` }]);

    // Binding again resumes: part 3 is sent again with its guid (VK keeps the first), then the rest.
    const done = await bindQuizPost(admin.deps, stored, postRef);
    expect(done).toMatchObject({ definitionCommentId: stored.definitionCommentId, definitionPartsPosted: k });
    expect(phaseOf(done, session.now())).toBe('open');
    expect(await createQuizStore(admin.deps.storage).get(id)).toEqual(done);
    const published = definitionComments(world, post, id);
    expect(published.map((x) => x.part.part)).toEqual(Array.from({ length: k }, (_, i) => i + 1));
    expect(published.slice(1).every((x) => x.comment.threadId === done.definitionCommentId)).toBe(true);

    // A fresh page load (each load replays the session's comments) reads the whole definition.
    const later = session.open('role=member');
    const found = await findPublishedQuiz(later.services.api, { groupId: GROUP, id, postRef });
    expect(found?.definition).toEqual(done.definition);
  });
});

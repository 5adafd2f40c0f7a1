// The classic quiz in comments: quiz posts ask real questions, demoQuizAnswers knows the answers, and the
// comments answer right in several spellings and wrong; subscribers' sealed entries and replies go
// through wall.createComment like any comment.
import { describe, expect, it } from 'vitest';
import { commentsOf, membersOf } from '../../../src/demo/crowd';
import { isActiveUser } from '../../../src/demo/people';
import { QUIZ_COMMUNITY_REPLIES, demoQuizAnswers, quizQuestionOf } from '../../../src/demo/quiz-posts';
import type { DemoQuizQuestion } from '../../../src/demo/quiz-posts';
import { generateWorld } from '../../../src/demo/world';
import type { DemoComment, DemoPost, DemoWorld } from '../../../src/demo/world';
import { NOW, errorCode, ok, rig } from './helpers';

const LIBRARY = 219000015;
const MUSEUM = 219000017;
const world = generateWorld({ seed: 1, now: NOW });

/** The shared spec's normalisation (docs/demo.md): VK's reply mention, case, ё, punctuation, spaces. */
function normalise(text: string): string {
  return text
    .replace(/^\[(?:id|club|public)\d+\|[^\]]*\],?\s*/i, '')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/\p{P}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function quizPosts(w: DemoWorld): DemoPost[] {
  return [...w.walls.values()].flat().filter((p) => p.kind === 'quiz');
}

function questionOf(w: DemoWorld, post: DemoPost): DemoQuizQuestion {
  const q = quizQuestionOf(w, post);
  if (!q) throw new Error('not a quiz post');
  return q;
}

interface Answer {
  post: DemoPost;
  question: DemoQuizQuestion;
  comment: DemoComment;
  right: boolean;
  /** The accepted answer it matched (right answers only). */
  accepted: string | null;
}

function answersIn(w: DemoWorld): Answer[] {
  const key = demoQuizAnswers(w);
  return quizPosts(w)
    .filter((p) => p.state === 'published')
    .flatMap((post) => {
      const accepted = key.get(`${post.ownerId}_${post.id}`) ?? [];
      const question = questionOf(w, post);
      return commentsOf(w, post)
        .filter((c) => c.fromId > 0)
        .map((comment) => {
          const match = accepted.find((a) => normalise(a) === normalise(comment.text)) ?? null;
          return { post, question, comment, right: match !== null, accepted: match };
        });
    });
}

describe('quiz posts', () => {
  it('demoQuizAnswers covers exactly the quiz posts (published and scheduled); each post asks its question', () => {
    const key = demoQuizAnswers(world);
    const posts = quizPosts(world);
    expect(new Set(posts.map((p) => -p.ownerId))).toEqual(new Set([LIBRARY, MUSEUM]));
    expect(posts.some((p) => p.state === 'postponed')).toBe(true);
    expect([...key.keys()].sort()).toEqual(posts.map((p) => `${p.ownerId}_${p.id}`).sort());
    for (const post of posts) {
      const q = quizQuestionOf(world, post);
      if (!q) throw new Error('no question');
      expect(post.text).toContain(q.question);
      expect(post.text).toMatch(/^❓ Викторина «/);
      expect(key.get(`${post.ownerId}_${post.id}`)).toEqual(q.answers);
      expect(q.answers.every((a) => normalise(a).length > 0)).toBe(true);
      // No wrong option is accepted by mistake.
      expect(q.wrong.some((w) => q.answers.map(normalise).includes(normalise(w)))).toBe(false);
    }
    // Consecutive quiz posts of a page ask different questions.
    for (const page of [LIBRARY, MUSEUM]) {
      const texts = posts.filter((p) => p.ownerId === -page).map((p) => p.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('comments answer right in several spellings, with VK’s reply mention, and wrong', () => {
    const all = [1, 2, 3].flatMap((seed) => answersIn(generateWorld({ seed, now: NOW })));
    const right = all.filter((a) => a.right);
    const wrong = all.filter((a) => !a.right);
    expect(right.length).toBeGreaterThan(100);
    expect(wrong.length).toBeGreaterThan(100);
    const raw = right.map((a) => a.comment.text);
    const has = (test: (a: Answer) => boolean) => right.some(test);
    expect(new Set(raw).size).toBeGreaterThan(20);
    // Exactly as accepted, lower case, upper case, in quotes, with punctuation, after a mention.
    expect(has((a) => a.comment.text === a.accepted)).toBe(true);
    expect(has((a) => a.comment.text === a.accepted?.toLowerCase() && a.accepted !== a.comment.text)).toBe(
      true,
    );
    expect(has((a) => a.comment.text === a.accepted?.toUpperCase())).toBe(true);
    expect(has((a) => /^«.*»$/.test(a.comment.text))).toBe(true);
    expect(has((a) => /^".*"$/.test(a.comment.text))).toBe(true);
    expect(has((a) => /[!?.]$/.test(a.comment.text))).toBe(true);
    expect(has((a) => /^\[id\d+\|[^\]]+\], /.test(a.comment.text))).toBe(true);
    // е for ё, and an accepted answer other than the first.
    expect(has((a) => (a.accepted ?? '').includes('ё') && !a.comment.text.includes('ё'))).toBe(true);
    expect(has((a) => a.accepted !== a.question.answers[0])).toBe(true);
    // Wrong: other options, no answer, and a denial that contains the right answer yet must not count.
    expect(wrong.some((a) => a.question.wrong.includes(a.comment.text))).toBe(true);
    expect(wrong.some((a) => a.comment.text === 'Не знаю, но интересно!')).toBe(true);
    const denials = wrong.filter((a) => /^не /.test(a.comment.text));
    expect(denials.length).toBeGreaterThan(0);
    for (const a of denials)
      expect(normalise(a.comment.text)).toContain(normalise(a.question.answers[0] ?? '?'));
  });

  it('nearly every quiz post has a right answer; the community never gives the answer away', () => {
    for (const seed of [1, 2, 3]) {
      const w = seed === 1 ? world : generateWorld({ seed, now: NOW });
      const all = answersIn(w);
      for (const post of quizPosts(w).filter((p) => p.state === 'published' && p.comments >= 3))
        expect(
          all.some((a) => a.post === post && a.right),
          `${post.ownerId}_${post.id}`,
        ).toBe(true);
      const key = demoQuizAnswers(w);
      for (const post of quizPosts(w).filter((p) => p.state === 'published')) {
        const accepted = (key.get(`${post.ownerId}_${post.id}`) ?? []).map(normalise);
        for (const c of commentsOf(w, post).filter((x) => x.fromId < 0)) {
          expect(QUIZ_COMMUNITY_REPLIES).toContain(c.text);
          expect(accepted).not.toContain(normalise(c.text));
        }
      }
    }
  });

  it('a reply starts with VK’s mention of the user replied to; ids and counts follow the usual rules', () => {
    for (const post of quizPosts(world).filter((p) => p.state === 'published')) {
      const comments = commentsOf(world, post);
      expect(comments.map((c) => c.id)).toEqual(comments.map((_, k) => post.id + 1 + k));
      expect(comments).toHaveLength(post.comments);
      for (const c of comments) {
        if (c.fromId < 0 || c.replyToUser === null || c.replyToUser < 0) continue;
        expect(c.text.startsWith(`[id${c.replyToUser}|`)).toBe(true);
      }
    }
  });

  it('is deterministic, and old quiz posts keep their texts and comments as time moves on', () => {
    const again = generateWorld({ seed: 1, now: NOW });
    const later = generateWorld({ seed: 1, now: NOW + 20 * 86400 });
    const texts = (w: DemoWorld, before: number) =>
      quizPosts(w)
        .filter((p) => p.state === 'published' && p.date < before)
        .map((p) => [p.id, p.text, commentsOf(w, p).map((c) => [c.id, c.fromId, c.text])]);
    expect(texts(again, NOW)).toEqual(texts(world, NOW));
    expect(texts(later, NOW - 3 * 86400)).toEqual(texts(world, NOW - 3 * 86400));
    expect(texts(generateWorld({ seed: 2, now: NOW }), NOW)).not.toEqual(texts(world, NOW));
  });
});

describe('a subscriber’s entries through wall.createComment', () => {
  const r = rig({ world: generateWorld({ seed: 1, now: NOW }) });
  const post = quizPosts(r.world)
    .filter((p) => p.state === 'published' && p.ownerId === -MUSEUM)
    .at(-1);
  if (!post) throw new Error('no quiz post');
  const subscriber = [...membersOf(r.world, MUSEUM)].find(
    (id) =>
      id !== r.world.viewerId &&
      isActiveUser(r.world.seed, id) &&
      !r.world.pageById.get(MUSEUM)?.managers.some((m) => m.id === id),
  );
  if (!subscriber) throw new Error('no subscriber');
  const token = r.api.userToken(subscriber, ['wall']);
  const where = { owner_id: post.ownerId, post_id: post.id };
  const sealed =
    'Моя викторина\nQZ1.AbCdEfGhIjKl.BNz8qL0Zy1xW2vU3tS4rQ5pO6nM7lK8jI9hG0fE1dC2bA3zY4xW5vU6tS7rQ8pO9nM0lK1jI2hG3fE4dC5bA6zY7xW8vU9tS0rQ.aBcDeFgHiJkLmNoP.Zm9vYmFy';

  it('a sealed entry, then at once an ordinary comment: flood control lets both through', async () => {
    const entry = ok(
      await r.call('wall.createComment', { ...where, message: sealed, guid: 'q1' }, token),
    ) as {
      comment_id: number;
    };
    const later = ok(
      await r.call('wall.createComment', { ...where, message: 'Спасибо за викторину!' }, token),
    ) as { comment_id: number };
    expect(later.comment_id).toBe(entry.comment_id + 1);
    const mine = commentsOf(r.world, post).filter((c) => c.fromId === subscriber);
    expect(mine.map((c) => c.text)).toEqual([sealed, 'Спасибо за викторину!']);
    // A retry of the entry with its guid is the same comment; the same text again without one is flood.
    expect(ok(await r.call('wall.createComment', { ...where, message: sealed, guid: 'q1' }, token))).toEqual({
      comment_id: entry.comment_id,
      parents_stack: [],
    });
    expect(errorCode(await r.call('wall.createComment', { ...where, message: sealed }, token))).toBe(9);
    r.clock.advance(61_000);
    expect(errorCode(await r.call('wall.createComment', { ...where, message: sealed }, token))).toBeNull();
  });

  it('a reply in a thread (reply_to_comment) by a user token: parents_stack, the thread lists it', async () => {
    const comments = commentsOf(r.world, post);
    const inThread = comments.find((c) => c.threadId !== null);
    if (!inThread || inThread.threadId === null) throw new Error('no thread');
    const reply = ok(
      await r.call(
        'wall.createComment',
        { ...where, message: 'Согласен!', reply_to_comment: inThread.id, guid: 'r1' },
        token,
      ),
    ) as { comment_id: number; parents_stack: number[] };
    expect(reply.parents_stack).toEqual([inThread.threadId]);
    // The retry answers exactly as the first request did.
    expect(
      ok(
        await r.call(
          'wall.createComment',
          { ...where, message: 'Согласен!', reply_to_comment: inThread.id, guid: 'r1' },
          token,
        ),
      ),
    ).toEqual(reply);
    const thread = ok(
      await r.call('wall.getComments', { ...where, comment_id: inThread.threadId, count: 100 }, token),
    ) as { items: { id: number; from_id: number; reply_to_comment?: number; reply_to_user?: number }[] };
    expect(thread.items.at(-1)).toMatchObject({
      id: reply.comment_id,
      from_id: subscriber,
      reply_to_comment: inThread.id,
      reply_to_user: inThread.fromId,
    });
    expect(
      errorCode(await r.call('wall.createComment', { ...where, message: 'x', reply_to_comment: 42 }, token)),
    ).toBe(100);
  });
});

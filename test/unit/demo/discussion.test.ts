// The demo's comment threads hold together: the page's answers sit in their question's thread, after
// it; a deleted comment is listed only with an answer under it, and empty; an answer dated after `now`
// is not there yet, and a later `now` shows it at the same id and date.
import { describe, expect, it } from 'vitest';
import { commentsOf } from '../../../src/demo/crowd';
import { generateWorld } from '../../../src/demo/world';
import type { DemoComment, DemoWorld } from '../../../src/demo/world';
import { NOW, published } from './helpers';

const world = generateWorld({ seed: 1, now: NOW });
const later = generateWorld({ seed: 1, now: NOW + 3 * 86400 });

/** The page's answers (its comments replying to a subscriber) under the district's recent posts. */
function answers(w: DemoWorld): Map<string, DemoComment> {
  // Comment ids are unique per wall.
  const out = new Map<string, DemoComment>();
  for (const page of w.pages.filter((p) => p.district && !p.deactivated)) {
    for (const post of published(w, page.id).filter((p) => p.date > NOW - 20 * 86400 && p.date < NOW)) {
      for (const c of commentsOf(w, post))
        if (c.fromId === post.ownerId && c.replyToComment) out.set(`${c.ownerId}_${c.id}`, c);
    }
  }
  return out;
}

describe('comment threads of the demo', () => {
  it('answers in the question’s thread, after it; lists a deleted comment only with its answer', () => {
    let deleted = 0;
    for (const page of world.pages.filter((p) => p.district && !p.deactivated)) {
      for (const post of published(world, page.id).slice(-40)) {
        const comments = commentsOf(world, post);
        const byId = new Map(comments.map((c) => [c.id, c]));
        for (const c of comments) {
          if (c.fromId === post.ownerId && c.replyToComment !== null) {
            const question = byId.get(c.replyToComment);
            expect(question, `answer ${c.id}`).toBeDefined();
            expect(c.date).toBeGreaterThanOrEqual(question?.date ?? Infinity);
            expect(c.threadId).toBe(question?.threadId ?? question?.id);
            expect(c.replyToUser).toBe(question?.fromId);
          }
          if (c.deleted) {
            deleted++;
            expect(c.text).toBe('');
            expect(comments.some((r) => r.threadId === c.id)).toBe(true);
          }
        }
        const dates = comments.map((c) => c.date);
        expect(dates).toEqual([...dates].sort((a, b) => a - b));
      }
    }
    expect(deleted).toBeGreaterThan(0);
  });

  it('keeps each answer’s id and date as time moves on, and shows the answers written since', () => {
    const before = answers(world);
    const after = answers(later);
    for (const [key, answer] of before) expect(after.get(key)?.date, `answer ${key}`).toBe(answer.date);
    const since = [...after.entries()].filter(([, a]) => a.date > NOW);
    expect(since.length).toBeGreaterThan(0);
    for (const [key] of since) expect(before.has(key)).toBe(false);
  });
});

// @vitest-environment happy-dom
// «Ответы подписчикам» over the demo world: answers written from the app leave the list at once, two
// sent together both stay answered, and the answer is in the subscriber's thread on VK's side.
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { HEAD_ID } from '../../../src/demo/pages';
import { useReplies } from '../../../src/features/replies/useReplies';
import { ServicesProvider } from '../../../src/shared/services';
import { demoServices } from '../demo-services';

describe('useReplies', () => {
  it('takes two answers sent at once out of the waiting list, and VK has both in their threads', async () => {
    const { services, bridge } = demoServices(`role=admin&group=${HEAD_ID}`);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ServicesProvider value={services}>{children}</ServicesProvider>
    );
    const { result } = renderHook(() => useReplies(HEAD_ID, true), { wrapper });
    await waitFor(() => expect(result.current.replies).not.toBeNull(), { timeout: 20_000 });
    const before = result.current.replies!;
    expect(before.waiting.length).toBeGreaterThan(2);
    const [first, second] = before.waiting;

    let outcomes: unknown[] = [];
    await act(async () => {
      outcomes = await Promise.all([
        result.current.answer(first!, 'Здравствуйте! Ответили в сообщениях.'),
        result.current.answer(second!, 'Спасибо, передадим.'),
      ]);
    });
    expect(outcomes).toEqual([{ ok: true }, { ok: true }]);
    const after = result.current.replies!;
    const ids = after.waiting.map((w) => w.commentId);
    expect(ids).not.toContain(first!.commentId);
    expect(ids).not.toContain(second!.commentId);
    expect(after.unanswered).toBe(before.unanswered - 2);
    expect(after.answered).toBe(before.answered + 2);

    // The world holds each answer as the community's reply in the answered comment's thread.
    const created = [...bridge.world.state.comments.values()].flat();
    for (const answered of [first!, second!]) {
      const reply = created.find((c) => c.replyToComment === answered.commentId);
      expect(reply?.fromId).toBe(-HEAD_ID);
    }
  }, 60_000);
});

// @vitest-environment happy-dom
// The organiser's screens of issue 16, part 4: the live count's failure can be retried, and after the
// draw a prize passed to a reserve whose reply fails keeps its reason on screen with one button that
// publishes it (nothing is lost, nothing doubled).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHandoverComment, type GiveawayConditions } from '../../../../src/core/giveaway';
import type { GiveawayDeps, GiveawayRecord } from '../../../../src/data/giveaway';
import { AdminGiveaway } from '../../../../src/features/giveaways/AdminGiveaway';
import { commentsOf } from '../../../../src/demo/crowd';
import type { AppServices } from '../../../../src/shared/services';
import type { VkApi } from '../../../../src/vk/api-client';
import { VkNetworkError } from '../../../../src/vk/errors';
import { drawnGiveaway, openGiveaway } from '../../../integration/giveaway/open-giveaway';
import { wrap } from '../wrap';

afterEach(cleanup);

const TAGGERS: GiveawayConditions = { member: true, like: false, repost: false, minTags: 2, partners: [] };

/** An API whose methods in `failing` reject (a lost connection) until the set is emptied. */
function breakable(api: VkApi, failing: Set<string>): VkApi {
  return {
    ...api,
    call: (req) =>
      failing.has(req.method)
        ? Promise.reject(new VkNetworkError({ method: req.method, reason: 'offline' }))
        : api.call(req),
  };
}

function Screen({ deps, initial }: { deps: GiveawayDeps; initial: GiveawayRecord }) {
  const [record, setRecord] = useState(initial);
  return (
    <AdminGiveaway
      deps={deps}
      record={record}
      timeZone="Europe/Moscow"
      onChange={setRecord}
      onVerify={() => undefined}
    />
  );
}

function show(services: AppServices, deps: GiveawayDeps, record: GiveawayRecord) {
  render(wrap(<Screen deps={deps} initial={record} />, services));
}

describe('the organiser’s live count', () => {
  it('says the check failed, and the next attempt shows the count and the funnel', async () => {
    const { services, deps, record } = await openGiveaway(TAGGERS);
    const failing = new Set(['wall.getComments', 'execute']);
    show(services, { ...deps, api: breakable(deps.api, failing) }, record);
    expect(screen.getByTestId('giveaway-live').textContent).toMatch(/только по\s+кнопке/);

    fireEvent.click(screen.getByTestId('giveaway-live-check'));
    await screen.findByTestId('giveaway-live-error');
    expect(screen.getByTestId('giveaway-live-check').textContent).toBe('Проверить ещё раз');

    failing.clear();
    fireEvent.click(screen.getByTestId('giveaway-live-check'));
    const count = await screen.findByTestId('giveaway-live-count', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('giveaway-live-error')).toBeNull();
    const n = Number(count.getAttribute('data-count'));
    expect(count.textContent).toMatch(/^\d+ человека?/);
    expect(screen.getByTestId('giveaway-live-funnel').getAttribute('data-participants')).toBe(String(n));
    expect(screen.getByTestId('giveaway-live-funnel-step-tags').textContent).toMatch(
      /отметили в комментариях 2 друзей/,
    );
  });
});

describe('passing a prize after the draw', () => {
  it('keeps a hand-over whose reply failed, with its reason, and publishes it on the button', async () => {
    const { services, bridge, deps, post, record } = await drawnGiveaway(TAGGERS);
    const failing = new Set(['wall.createComment']);
    show(services, { ...deps, api: breakable(deps.api, failing) }, record);

    expect(screen.getByTestId('giveaway-published').textContent).toContain('Итоги опубликованы');
    expect(screen.getByTestId('giveaway-result-link').getAttribute('href')).toMatch(/\?reply=\d+$/);
    const [winner, second] = record.result!.winners;
    const [reserve] = record.result!.reserves;
    expect(screen.getByTestId('giveaway-write-2').getAttribute('href')).toBe(
      `https://vk.com/im?sel=${second}`,
    );

    fireEvent.click(screen.getByTestId('giveaway-handover-open-1'));
    fireEvent.change(screen.getByTestId('giveaway-handover-reason'), {
      target: { value: 'Не ответил за неделю' },
    });
    fireEvent.click(screen.getByTestId('giveaway-handover-confirm'));
    const pending = await screen.findByTestId('giveaway-handover-pending');
    expect(pending.textContent).toContain('Не ответил за неделю');
    expect(screen.getByTestId('giveaway-handover-error')).toBeTruthy();
    // While it waits, no new hand-over can start (the next reserve is not settled until it is out).
    expect(screen.queryByTestId('giveaway-handover-open-2')).toBeNull();

    failing.clear();
    fireEvent.click(screen.getByTestId('giveaway-handover-retry'));
    await screen.findByTestId('giveaway-handover-done');
    expect(screen.queryByTestId('giveaway-handover-pending')).toBeNull();
    expect(screen.getByTestId('giveaway-prize-1').getAttribute('data-holder')).toBe(String(reserve));
    const replies = commentsOf(bridge.world, post)
      .map((c) => parseHandoverComment(c.text))
      .filter((p) => p !== null);
    expect(replies).toEqual([{ id: record.terms.id, from: winner, to: reserve }]);
    await waitFor(() =>
      expect(screen.getByTestId('giveaway-reserve-1').textContent).toContain('теперь победитель 1'),
    );
  });
});

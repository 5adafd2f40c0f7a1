// @vitest-environment happy-dom
// «План публикаций» over the demo world: the plan counts the page's posts, a post made from the draft
// is counted at once, a client without VK's post box gets the text copied, and the sphere picked here
// is the poster screen's too (its call to action kept).
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { loadPosterSettings, savePosterSettings } from '../../../src/data/posters';
import { usePlan } from '../../../src/features/plan/usePlan';
import { useCreatePost } from '../../../src/features/plan/useCreatePost';
import { createServices } from '../../../src/app/create-services';
import { ServicesProvider, type AppServices } from '../../../src/shared/services';
import { demoServices } from '../demo-services';

// At risk in the demo: its running period needs posts (docs/demo.md).
const PAGE = 219000019;

function wrapperOf(services: AppServices) {
  return ({ children }: { children: ReactNode }) => (
    <ServicesProvider value={services}>{children}</ServicesProvider>
  );
}

/** Own posts published in the running period (a post made now counts there). */
const publishedNow = (plan: NonNullable<ReturnType<typeof usePlan>['plan']>) =>
  plan.plan.periods.find((p) => p.firstDate <= plan.today && plan.today <= p.deadline)?.published;

describe('usePlan with «Создать запись»', () => {
  it('counts a post made from the draft at once', async () => {
    const { services, bridge } = demoServices(`role=admin&group=${PAGE}`);
    const { result } = renderHook(
      () => {
        const state = usePlan(PAGE, true);
        return { state, post: useCreatePost(PAGE, () => void state.refresh()) };
      },
      { wrapper: wrapperOf(services) },
    );
    await waitFor(() => expect(result.current.state.plan).not.toBeNull(), { timeout: 20_000 });
    const before = publishedNow(result.current.state.plan!);
    expect(before).toBeTypeOf('number');

    // The demo draws its post box in the page (happy-dom here): the admin publishes the draft as it is.
    let created: Promise<void> = Promise.resolve();
    act(() => {
      created = result.current.post.create('Итоги недели: [что сделано]');
    });
    await waitFor(() =>
      expect(document.querySelector('[data-testid="demo-post-box-publish"]')).not.toBeNull(),
    );
    document.querySelector<HTMLButtonElement>('[data-testid="demo-post-box-publish"]')!.click();
    await act(() => created);
    expect(result.current.post.outcome).toEqual({ kind: 'posted' });
    await waitFor(() => expect(publishedNow(result.current.state.plan!)).toBe(before! + 1));
    const wall = bridge.world.walls.get(PAGE)!;
    expect(wall.at(-1)).toMatchObject({
      fromId: -PAGE,
      text: 'Итоги недели: [что сделано]',
      state: 'published',
    });
  }, 60_000);

  it('copies the text where the client has no post box, and says the box was closed otherwise', async () => {
    const { bridge, clock } = demoServices(`role=admin&group=${PAGE}`);
    // A client without the post box: the bridge refuses the method (error 6, unsupported platform).
    const withoutPostBox = {
      ...bridge,
      send: (method: string, props?: Record<string, unknown>) =>
        method === 'VKWebAppShowWallPostBox'
          ? Promise.reject({ error_type: 'client_error', error_data: { error_code: 6 } })
          : bridge.send(method, props),
    } as typeof bridge;
    const unsupported = createServices({
      bridge: withoutPostBox,
      launchSearch: bridge.launchSearch(),
      clock,
      demoLabel: 'demo',
    });
    const { result } = renderHook(() => useCreatePost(PAGE, () => undefined), {
      wrapper: wrapperOf(unsupported),
    });
    await act(() => result.current.create('Черновик'));
    expect(result.current.outcome).toEqual({ kind: 'copied', ok: true });
    expect(bridge.copiedText).toBe('Черновик');

    // A viewer who may not post as the page: the demo answers «User denied», like a closed box.
    const member = demoServices(`role=member&group=${PAGE}`);
    const closed = renderHook(() => useCreatePost(PAGE, () => undefined), {
      wrapper: wrapperOf(member.services),
    });
    await act(() => closed.result.current.create('Черновик'));
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(closed.result.current.outcome).toEqual({ kind: 'closed' });
  }, 60_000);

  it("keeps the sphere picked here for the poster screen, with the poster's call to action", async () => {
    const { services } = demoServices(`role=admin&group=${PAGE}`);
    await savePosterSettings(services.userStorage, PAGE, {
      callToAction: 'Наш призыв',
      institutionType: null,
    });
    const { result } = renderHook(() => usePlan(PAGE, true), { wrapper: wrapperOf(services) });
    await waitFor(() => expect(result.current.plan).not.toBeNull(), { timeout: 20_000 });
    const guessed = result.current.plan!.sphere;
    const other = guessed === 'culture' ? 'sport' : 'culture';

    await act(async () => {
      expect(await result.current.pickSphere(other)).toBe(true);
    });
    expect(result.current.plan).toMatchObject({ sphere: other, overridden: true });
    expect(await loadPosterSettings(services.userStorage, PAGE)).toEqual({
      callToAction: 'Наш призыв',
      institutionType: other,
    });
  }, 60_000);
});

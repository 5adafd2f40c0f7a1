// @vitest-environment happy-dom
// Opening a child from the supervisor's table shows the snapshot the refresh already read: no
// second read of the page from VK, until the admin asks for a refresh.
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ServicesProvider } from '../../src/shared/services';
import { fetchPageSnapshot } from '../../src/data/page-snapshot';
import { useScorecard } from '../../src/features/scorecard/useScorecard';
import { DEMO_NOW, demoServices } from './demo-services';

const CHILD = 219000004;

describe('useScorecard with a known snapshot', () => {
  it('shows it without asking VK, and reads VK again only on refresh', async () => {
    const { services } = demoServices('role=admin');
    const snapshot = await fetchPageSnapshot(services.api, CHILD, {
      now: DEMO_NOW,
      timeZone: 'Europe/Moscow',
      withStats: false,
      withPostponed: false,
    });
    const before = services.api.stats().requests;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ServicesProvider value={services}>{children}</ServicesProvider>
    );
    const { result } = renderHook(() => useScorecard(CHILD, 'active', { snapshot, fetchedAt: DEMO_NOW }), {
      wrapper,
    });
    expect(result.current.load.status).toBe('ready');
    expect(result.current.scorecard?.page.id).toBe(CHILD);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(services.api.stats().requests).toBe(before);

    await act(() => result.current.refresh());
    await waitFor(() => expect(services.api.stats().requests).toBeGreaterThan(before));
  });
});

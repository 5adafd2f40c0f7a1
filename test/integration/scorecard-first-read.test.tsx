// @vitest-environment happy-dom
// The first read started by main.tsx before the scorecard's code arrives: the screen takes it instead
// of reading the page again, only once, and only for the page it was started for.
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ServicesProvider, type AppServices } from '../../src/shared/services';
import { useScorecard } from '../../src/features/scorecard/useScorecard';
import { demoServices } from './demo-services';

const PAGE = 219000004;
const OTHER = 219000006;

function mount(services: AppServices, groupId: number) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ServicesProvider value={services}>{children}</ServicesProvider>
  );
  return renderHook(() => useScorecard(groupId), { wrapper });
}

describe('the first read', () => {
  it('arrived before the screen mounts: the screen starts with it, no loading state, one read of VK', async () => {
    const { services } = demoServices('role=admin');
    services.firstRead.start(PAGE);
    // Let it reach VK before the screen mounts, as it does on a phone.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const afterFirstRead = services.api.stats().requests;
    expect(afterFirstRead).toBeGreaterThan(0);

    const { result } = mount(services, PAGE);
    expect(result.current.load.status).toBe('ready');
    expect(result.current.scorecard?.page.id).toBe(PAGE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(services.api.stats().requests).toBe(afterFirstRead);
    // Taken once: a later read asks VK itself.
    expect(services.firstRead.take(PAGE)).toBeNull();
    await act(() => result.current.refresh());
    expect(services.api.stats().requests).toBeGreaterThan(afterFirstRead);
  });

  it('still on its way when the screen mounts: the screen waits for it instead of reading again', async () => {
    const { services } = demoServices('role=admin');
    services.firstRead.start(PAGE);
    const { result } = mount(services, PAGE);
    expect(result.current.load.status).toBe('loading');
    await waitFor(() => expect(result.current.load.status).toBe('ready'));
    const requests = services.api.stats().requests;
    const alone = demoServices('role=admin').services;
    const { result: other } = mount(alone, PAGE);
    await waitFor(() => expect(other.current.load.status).toBe('ready'));
    // The same number of requests as one plain read of the page: the first read was not repeated.
    expect(requests).toBe(alone.api.stats().requests);
    expect(services.firstRead.take(PAGE)).toBeNull();
  });

  it('is not used for another page', async () => {
    const { services } = demoServices('role=admin');
    services.firstRead.start(PAGE);
    const { result } = mount(services, OTHER);
    await waitFor(() => expect(result.current.load.status).toBe('ready'));
    expect(result.current.scorecard?.page.id).toBe(OTHER);
  });

  it('shows its failure on the screen that takes it, like the screen’s own read would', async () => {
    const { services } = demoServices('role=admin');
    services.firstRead.start(219000027); // a deleted page
    const { result } = mount(services, 219000027);
    await waitFor(() => expect(result.current.load.status).toBe('error'));
  });
});

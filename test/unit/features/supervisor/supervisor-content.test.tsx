// @vitest-environment happy-dom
// The supervisor's table over the simulated VK: the status filter shows exactly the rows with that
// verdict and its counts are the summary's; «Обновить» keeps every row on screen (dimmed) and
// replaces each as its new figures arrive.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HEAD_ID } from '../../../../src/demo/pages';
import { SupervisorContent } from '../../../../src/features/supervisor/SupervisorContent';
import { demoServices } from '../../../integration/demo-services';
import { wrap } from '../wrap';

afterEach(cleanup);

const rows = () => screen.queryAllByTestId('child-row');
const statuses = () => rows().map((row) => row.getAttribute('data-status'));
const count = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-count'));

async function tableFromLinksBlock() {
  const { services } = demoServices('role=admin');
  render(wrap(<SupervisorContent parentId={HEAD_ID} tryCommunity onOpenChild={() => {}} />, services));
  fireEvent.click(await screen.findByText('Из блока «Ссылки»', {}, { timeout: 10_000 }));
  fireEvent.click(await screen.findByTestId('confirm-add', {}, { timeout: 10_000 }));
  await waitFor(() => expect(screen.getByTestId('progress').textContent).toMatch(/^Обновлено/), {
    timeout: 15_000,
  });
  return services;
}

describe('SupervisorContent', () => {
  it('filters by verdict: the rows are exactly those with the status, as many as the summary counts', async () => {
    await tableFromLinksBlock();
    const total = rows().length;
    expect(total).toBeGreaterThan(20);
    expect(count('filter-all')).toBe(total);
    const summed = (['ok', 'risk', 'fail', 'unknown'] as const).reduce(
      (sum, status) => sum + count(`summary-${status}`),
      0,
    );
    expect(summed).toBe(total);

    for (const status of ['fail', 'risk'] as const) {
      fireEvent.click(screen.getByTestId(`filter-${status}`));
      expect(rows().length).toBe(count(`summary-${status}`));
      expect(rows().length).toBe(count(`filter-${status}`));
      expect(new Set(statuses())).toEqual(new Set(rows().length > 0 ? [status] : []));
    }
    // The demo's page failing in every way fails here too.
    fireEvent.click(screen.getByTestId('filter-fail'));
    expect(screen.getByText('МБДОУ «Детский сад № 14 "Ласточка"»')).toBeTruthy();

    // A count in the summary filters as well, and the filter shows the choice.
    fireEvent.click(screen.getByTestId('summary-ok'));
    expect(screen.getByTestId('summary-ok').getAttribute('aria-pressed')).toBe('true');
    expect(rows().length).toBe(count('summary-ok'));
    expect(new Set(statuses())).toEqual(new Set(['ok']));
    expect(count('filter-ok')).toBe(count('summary-ok'));

    fireEvent.click(screen.getByTestId('filter-all'));
    expect(rows().length).toBe(total);
    expect(screen.queryByTestId('filter-ok')).toBeNull();
  }, 30_000);

  it('keeps the rows on screen while refreshing and replaces each as it arrives', async () => {
    await tableFromLinksBlock();
    const before = rows().map((row) => row.getAttribute('data-child-id'));
    fireEvent.click(screen.getByTestId('refresh'));
    // At once: every row still there, dimmed until its new figures come.
    expect(rows().map((row) => row.getAttribute('data-child-id'))).toEqual(before);
    expect(rows().every((row) => row.getAttribute('data-pending') === 'true')).toBe(true);
    expect(screen.getByTestId('progress').textContent).toMatch(
      /^Обновляем: 0 из \d+ · бледные строки — данные на/,
    );
    expect(screen.getByTestId('progress-remaining').textContent).toMatch(/^Ещё \d+ страниц\S* загружа/);

    const seen = new Set<number>();
    // Recorded at every poll, checked after: waitFor retries a failed check, so a table that went blank
    // in the middle would pass an assertion made inside it.
    const rowCounts: number[] = [];
    await waitFor(
      () => {
        const progress = screen.getByTestId('progress').textContent ?? '';
        const done = /Обновляем: (\d+) из/.exec(progress);
        if (done) seen.add(Number(done[1]));
        rowCounts.push(rows().length);
        expect(progress).toMatch(/^Обновлено/);
      },
      { timeout: 15_000, interval: 5 },
    );
    // Never blank: the table kept every row through the refresh.
    expect(rowCounts.length).toBeGreaterThan(0);
    expect(rowCounts.every((count) => count === before.length)).toBe(true);
    expect(rows().some((row) => row.getAttribute('data-pending'))).toBe(false);
    expect(within(screen.getByTestId('child-rows')).queryAllByTestId('child-row').length).toBe(before.length);
    // The counter was seen while the refresh ran (it starts at «0 из N» above), and never overshot.
    expect(seen.size).toBeGreaterThan(0);
    expect([...seen].every((done) => done < before.length)).toBe(true);
  }, 30_000);

  it('counts the replies of every page on request, shows them per row and sorts by them', async () => {
    await tableFromLinksBlock();
    expect(screen.queryByTestId('child-replies')).toBeNull();
    expect(screen.queryByTestId('sort-waiting')).toBeNull();
    // Before: what it is and what it will read.
    expect(screen.getByTestId('replies-status').textContent).toMatch(
      /^Ответы подписчикам: .* Прочитаем комментарии под \d+ пост\S*, это меньше минуты\.$/,
    );
    const read = screen.getByTestId('replies-read');
    expect(read.textContent).toBe('Посчитать ответы подписчикам');
    fireEvent.click(read);
    expect(screen.getByTestId('replies-stop').textContent).toBe('Остановить');
    await waitFor(
      () =>
        expect(screen.getByTestId('replies-status').textContent).toMatch(
          /^Ответы подписчикам посчитаны для \d+ страниц/,
        ),
      { timeout: 15_000 },
    );
    // Every page with figures has its line; the pages without figures have none.
    const withFigures = rows().filter((row) => within(row).queryByTestId('child-rating'));
    expect(screen.getAllByTestId('child-replies')).toHaveLength(withFigures.length);
    expect(screen.getByTestId('replies-managers-note').textContent).toContain(
      'их комментарии считаются комментариями подписчиков',
    );
    expect(screen.getByTestId('replies-read').textContent).toBe('Посчитать ответы заново');

    // «Больше всего ждут ответа»: the waiting counts fall down the table, rows without figures last.
    fireEvent.click(screen.getByTestId('sort-waiting'));
    const waiting = rows().map((row) => {
      const line = within(row).queryByTestId('child-replies')?.textContent;
      if (line === undefined) return -1;
      return Number(/Ждут ответа: (\d+)/.exec(line)?.[1] ?? 0);
    });
    expect(waiting[0]).toBeGreaterThan(0);
    expect(waiting).toEqual([...waiting].sort((a, b) => b - a));
    // One choice over both rows of the order: «Худшие сверху» is no longer chosen.
    const worst = screen.getByTestId('sort-worst').closest('label')?.querySelector('input');
    expect(worst?.checked).toBe(false);
    fireEvent.click(screen.getByTestId('sort-worst'));
    expect(screen.getByTestId('sort-waiting').closest('label')?.querySelector('input')?.checked).toBe(false);
  }, 30_000);
});

// @vitest-environment happy-dom
// The history screen over the simulated VK: the sections, the members after the admin grants
// statistics (or the reason when not), the "too few" note on a quiet page and the error of a
// private one.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryContent } from '../../../src/features/history/HistoryContent';
import { HEAD_ID } from '../../../src/demo/pages';
import { formatInt } from '../../../src/shared/format';
import { wrap } from '../../unit/features/wrap';
import { demoServices } from '../demo-services';

afterEach(cleanup);

const QUIET_ID = 219000008; // 11 own posts in three months
const PRIVATE_ID = 219000024;

async function show(groupId: number, { query = 'role=admin', canManage = true } = {}) {
  const { services } = demoServices(query);
  render(wrap(<HistoryContent groupId={groupId} canManage={canManage} />, services));
  await screen.findByTestId('history', {}, { timeout: 10_000 });
}

describe('HistoryContent', () => {
  it("shows the head page's sections and its members once the admin asks", async () => {
    await show(HEAD_ID);
    expect(screen.getAllByTestId('history-period-bar')).toHaveLength(16);
    expect(screen.getAllByTestId('history-er-month')).toHaveLength(4);
    expect(screen.getAllByTestId('heatmap-cell')).toHaveLength(168);
    expect(screen.getAllByTestId('best-slot')).toHaveLength(3);
    expect(screen.getByTestId('history-members-today').textContent).toBe(formatInt(15_000));
    fireEvent.click(screen.getByTestId('history-members-request'));
    await waitFor(() => expect(screen.getAllByTestId('history-members-month')).toHaveLength(4));
    expect(screen.getAllByTestId('history-members-month').at(-1)!.getAttribute('data-members')).toBe('15000');
  });

  it('says the statistics right was refused', async () => {
    await show(HEAD_ID, { query: 'role=admin&deny=stats' });
    fireEvent.click(screen.getByTestId('history-members-request'));
    await screen.findByText('Доступ к статистике не выдан: история подписчиков не показана.');
    expect(screen.queryAllByTestId('history-members-month')).toHaveLength(0);
  });

  it("tells a viewer who does not manage the page why members' history is missing", async () => {
    await show(HEAD_ID, { canManage: false });
    expect(screen.queryByTestId('history-members-request')).toBeNull();
    expect(screen.getByTestId('history-members').textContent).toContain('видят лишь руководители');
  });

  it('says there are too few posts on a quiet page and recommends nothing', async () => {
    await show(QUIET_ID);
    expect(screen.getByTestId('heatmap-too-few').textContent).toContain('учтено 11 постов');
    expect(screen.queryAllByTestId('best-slot')).toHaveLength(0);
  });

  it('shows the error with a retry for a private page', async () => {
    const { services } = demoServices('role=admin');
    render(wrap(<HistoryContent groupId={PRIVATE_ID} canManage={false} />, services));
    const error = await screen.findByTestId('history-error', {}, { timeout: 10_000 });
    expect(error.textContent).toContain('Попробовать снова');
  });
});

// @vitest-environment happy-dom
// One row of the supervisor's table: the core verdict as data-status, word, icon and reasons.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rowVerdict, type SupervisorRow } from '../../../../src/core/pages/supervisor-table';
import { ChildRowCell } from '../../../../src/features/supervisor/components/ChildRowCell';
import { reasonsLine } from '../../../../src/shared/verdict-text';
import { child, EXAMPLE_ROWS, unavailable } from '../../core/pages/children';
import { wrap } from '../wrap';

afterEach(cleanup);

function renderRow(row: SupervisorRow, pending = false, onOpen = () => {}, onRefine = () => {}) {
  render(
    wrap(<ChildRowCell row={row} onOpen={onOpen} refine={undefined} onRefine={onRefine} pending={pending} />),
  );
  return screen.getByTestId('child-row');
}

/** The text as read: the ordinal's no-break hyphen is a hyphen, separators single-spaced. */
const readable = (text: string | null) =>
  (text ?? '')
    .replace(/\u2011/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

describe('ChildRowCell', () => {
  it('shows a page that met the month as «Выполняет», with no reasons', () => {
    const row = renderRow(EXAMPLE_ROWS[0]!);
    expect(row.getAttribute('data-status')).toBe('ok');
    expect(screen.getByTestId('child-verdict').textContent).toContain('Выполняет');
    expect(screen.queryByTestId('child-reasons')).toBeNull();
    expect(row.querySelector('[data-tone="ok"] svg')).not.toBeNull();
  });

  it('names what fails, in the words of reasonsLine', () => {
    const failing = EXAMPLE_ROWS[2]!;
    const row = renderRow(failing);
    expect(row.getAttribute('data-status')).toBe('fail');
    expect(screen.getByTestId('child-verdict').textContent).toContain('Не выполняет');
    expect(readable(screen.getByTestId('child-reasons').textContent)).toBe(
      readable(reasonsLine(rowVerdict(failing).reasons)),
    );
    expect(readable(screen.getByTestId('child-reasons').textContent)).toMatch(/^1-й период: 0 из 3 · /);
  });

  it('fails a page that only lacks its cover', () => {
    const row = renderRow(
      child({
        id: 9,
        name: 'Без обложки',
        weeks: [3, 3, 3, 3],
        er: { reactions: 3, views: 100 },
        noCover: true,
      }),
    );
    expect(row.getAttribute('data-status')).toBe('fail');
    expect(screen.getByTestId('child-reasons').textContent).toBe('Нет обложки');
  });

  it('says a deleted page fails, and a private one has no data with its sentence', () => {
    const deleted = renderRow(unavailable(5, 'Удалённая школа', 'deleted'));
    expect(deleted.getAttribute('data-status')).toBe('fail');
    expect(screen.getByTestId('child-reasons').textContent).toBe('Сообщество удалено');
    cleanup();
    const closed = renderRow(unavailable(6, 'Бухгалтерия', 'private', 'card'));
    expect(closed.getAttribute('data-status')).toBe('unknown');
    expect(screen.getByTestId('child-verdict').textContent).toContain('Нет данных');
    expect(screen.getByTestId('child-reasons').textContent).toBe(
      'Закрытое сообщество: записи видны только участникам',
    );
  });

  it('keeps the ordinal of a period in one piece and marks a waiting row', () => {
    const row = renderRow(EXAMPLE_ROWS[2]!, true);
    expect(screen.getByTestId('child-reasons').textContent).toContain('1\u2011й период');
    expect(row.getAttribute('data-pending')).toBe('true');
  });

  it('opens the page from its name, the one button the row is; «Уточнить» only refines', () => {
    const onOpen = vi.fn();
    const onRefine = vi.fn();
    const row = renderRow(EXAMPLE_ROWS[1]!, false, onOpen, onRefine);
    // No control inside another: the row itself is not a button.
    expect(row.getAttribute('role')).toBeNull();
    const open = screen.getByTestId('child-open');
    expect(open.tagName).toBe('BUTTON');
    expect(open.textContent).toBe('Учреждение 1');
    expect(open.querySelector('button')).toBeNull();
    fireEvent.click(screen.getByTestId('child-refine'));
    expect(onRefine).toHaveBeenCalledOnce();
    expect(onOpen).not.toHaveBeenCalled();
    fireEvent.click(open);
    expect(onOpen).toHaveBeenCalledOnce();
  });
});

describe('ChildRowCell: «Ответы подписчикам»', () => {
  const figures = {
    comments: 12,
    unanswered: 5,
    medianReplyMinutes: 185,
    oldestWaitingMinutes: 2 * 24 * 60,
    managersKnown: false,
    complete: true,
  };

  it('shows nothing of them before they are read', () => {
    renderRow(EXAMPLE_ROWS[1]!);
    expect(screen.queryByTestId('child-replies')).toBeNull();
  });

  it('says how many wait, for how long, and the median; red after a day', () => {
    renderRow({ ...EXAMPLE_ROWS[1]!, replies: figures });
    const line = screen.getByTestId('child-replies');
    expect(readable(line.textContent)).toBe('Ждут ответа: 5, дольше всех 2 дня · медиана ответа 3 ч 5 мин');
    expect(line.getAttribute('data-tone')).toBe('bad');
    expect(line.querySelector('[data-tone="bad"] svg')).not.toBeNull();
  });

  it('is green when nobody waits, neutral without comments, and says when not all were read', () => {
    renderRow({
      ...EXAMPLE_ROWS[1]!,
      replies: { ...figures, unanswered: 0, oldestWaitingMinutes: null, medianReplyMinutes: 40 },
    });
    expect(readable(screen.getByTestId('child-replies').textContent)).toBe(
      'Никто не ждёт ответа · медиана ответа 40 мин',
    );
    expect(screen.getByTestId('child-replies').getAttribute('data-tone')).toBe('ok');
    cleanup();
    renderRow({
      ...EXAMPLE_ROWS[1]!,
      replies: { ...figures, comments: 0, unanswered: 0, oldestWaitingMinutes: null, complete: false },
    });
    expect(readable(screen.getByTestId('child-replies').textContent)).toBe(
      'Комментариев подписчиков за месяц нет · прочитаны не все комментарии',
    );
    expect(screen.getByTestId('child-replies').getAttribute('data-tone')).toBe('unknown');
  });

  it('says a failed read and retries it without opening the page', () => {
    const onOpen = vi.fn();
    const onRetry = vi.fn();
    render(
      wrap(
        <ChildRowCell
          row={EXAMPLE_ROWS[1]!}
          onOpen={onOpen}
          refine={undefined}
          onRefine={() => {}}
          replies={{ status: 'error', error: new Error('offline') }}
          onRetryReplies={onRetry}
        />,
      ),
    );
    expect(screen.getByTestId('child-replies-failed').textContent).toContain(
      'Ответы подписчикам: не удалось прочитать',
    );
    fireEvent.click(screen.getByTestId('child-replies-retry'));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(onOpen).not.toHaveBeenCalled();
  });
});

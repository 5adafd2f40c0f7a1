// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { AdaptivityProvider, AppRoot, ConfigProvider } from '@vkontakte/vkui';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyGiveawayStatus } from '../../../../src/data/giveaway';
import { ChecklistView } from '../../../../src/features/giveaways/components/ChecklistView';

function wrap(children: ReactNode) {
  return (
    <ConfigProvider>
      <AdaptivityProvider>
        <AppRoot mode="embedded">{children}</AppRoot>
      </AdaptivityProvider>
    </ConfigProvider>
  );
}

const STATUS: MyGiveawayStatus = {
  userId: 500000001,
  conditions: [
    { key: 'member', met: true },
    { key: 'like', met: false },
    { key: 'tags', met: false, have: 2, need: 3 },
    { key: 'partner', met: false, partnerId: 219000007 },
  ],
  excluded: null,
  eligible: false,
  tagged: 2,
};

afterEach(cleanup);

describe('ChecklistView', () => {
  it('shows each condition with its state and a fix button only where something is missing', () => {
    const onFix = vi.fn();
    render(
      wrap(
        <ChecklistView
          status={STATUS}
          partnerNames={new Map([[219000007, 'Краеведческий музей']])}
          checking={false}
          note={null}
          onFix={onFix}
          onRecheck={() => undefined}
        />,
      ),
    );
    const member = screen.getByTestId('my-check-member');
    expect(member.getAttribute('data-met')).toBe('true');
    expect(within(member).queryByRole('button')).toBeNull();
    expect(screen.queryByTestId('my-fix-member')).toBeNull();

    expect(screen.getByTestId('my-check-like').getAttribute('data-met')).toBe('false');
    expect(screen.getByTestId('my-check-tags').textContent).toContain('Отмечено 2 из 3 друзей');
    expect(screen.getByTestId('my-check-partner-219000007').textContent).toContain('Краеведческий музей');
    expect(screen.getByText('Выполнено 1 из 4')).toBeTruthy();
    expect(screen.getByTestId('my-verdict').textContent).toMatch(/Выполните все условия/);

    fireEvent.click(screen.getByTestId('my-fix-tags'));
    expect(onFix).toHaveBeenCalledWith(STATUS.conditions[2]);
    expect(screen.getByTestId('my-fix-partner-219000007').textContent).toBe('Подписаться');
  });

  it('says the viewer takes part when everything is met', () => {
    const all: MyGiveawayStatus = {
      ...STATUS,
      conditions: STATUS.conditions.map((c) => ({ ...c, met: true })),
      eligible: true,
    };
    render(
      wrap(
        <ChecklistView
          status={all}
          partnerNames={new Map()}
          checking={false}
          note={null}
          onFix={() => undefined}
          onRecheck={() => undefined}
        />,
      ),
    );
    expect(screen.queryAllByText(/Подписаться|Поставить лайк/)).toHaveLength(0);
    expect(screen.getByTestId('my-verdict').textContent).toMatch(/вы участвуете/);
  });

  it('explains an exclusion instead of promising a place', () => {
    const manager: MyGiveawayStatus = { ...STATUS, excluded: 'manager', eligible: false };
    render(
      wrap(
        <ChecklistView
          status={manager}
          partnerNames={new Map()}
          checking={false}
          note={null}
          onFix={() => undefined}
          onRecheck={() => undefined}
        />,
      ),
    );
    expect(screen.getByTestId('my-excluded').textContent).toMatch(/Руководители сообщества не участвуют/);
    expect(screen.queryByTestId('my-verdict')).toBeNull();
  });

  it('re-checks on request and shows a note after a fix', () => {
    const onRecheck = vi.fn();
    render(
      wrap(
        <ChecklistView
          status={STATUS}
          partnerNames={new Map()}
          checking={false}
          note="Откройте запись"
          onFix={() => undefined}
          onRecheck={onRecheck}
        />,
      ),
    );
    fireEvent.click(screen.getByTestId('my-recheck'));
    expect(onRecheck).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('my-note').textContent).toBe('Откройте запись');
  });
});

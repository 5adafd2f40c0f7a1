// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNCHECKED_RULES, type MonitoringEr } from '../../../../src/core/monitoring';
import { MonitoringErBlock } from '../../../../src/features/scorecard/components/MonitoringErBlock';
import { differenceText, shareText } from '../../../../src/features/scorecard/monitoringText';
import { VkApiError } from '../../../../src/vk/errors';
import { wrap } from '../wrap';

afterEach(cleanup);

const MONITORING: MonitoringEr = {
  reactions: 288,
  views: 23945,
  percent: 1.2,
  achievement: 40,
  differences: [
    { kind: 'community-comments', count: 12 },
    { kind: 'inactive-likes', count: 1 },
    { kind: 'inactive-reposts', count: 3 },
  ],
  unchecked: [...UNCHECKED_RULES],
  topTenShare: 0.341,
  managersShare: 0.002,
  complete: true,
};

describe('differenceText', () => {
  it('says how many reactions go and why, in one line', () => {
    expect(differenceText({ kind: 'community-comments', count: 12 })).toBe(
      '−12 реакций: комментарии от имени сообщества',
    );
    expect(differenceText({ kind: 'inactive-likes', count: 1 })).toBe(
      '−1 реакция: лайки удалённых и заблокированных аккаунтов',
    );
    expect(differenceText({ kind: 'inactive-comments', count: 3 })).toBe(
      '−3 реакции: комментарии удалённых и заблокированных аккаунтов',
    );
  });
});

describe('shareText', () => {
  it('rounds to a whole percent and never shows a small share as zero', () => {
    expect(shareText(0.341)).toBe('34\u00a0%');
    expect(shareText(0.002)).toBe('меньше 1\u00a0%');
    expect(shareText(0)).toBe('0\u00a0%');
  });
});

describe('MonitoringErBlock', () => {
  it('for a page the viewer does not manage, reads the lists only when asked', () => {
    const request = vi.fn();
    render(
      wrap(
        <MonitoringErBlock
          state={{ status: 'idle', request }}
          useForRating={false}
          onUseForRatingChange={() => {}}
        />,
      ),
    );
    expect(screen.queryByTestId('er-monitoring')).toBeNull();
    fireEvent.click(screen.getByTestId('er-monitoring-request'));
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('shows the figure, one line per difference, the unchecked rules and the shares', () => {
    render(
      wrap(
        <MonitoringErBlock
          state={{ status: 'ready', monitoring: MONITORING }}
          useForRating
          onUseForRatingChange={() => {}}
        />,
      ),
    );
    expect(screen.getByTestId('er-monitoring').textContent).toBe('1,20\u00a0%');
    expect(screen.getAllByTestId('er-difference').map((el) => el.textContent)).toEqual([
      '−12 реакций: комментарии от имени сообщества',
      '−1 реакция: лайки удалённых и заблокированных аккаунтов',
      '−3 реакции: репосты удалённых и заблокированных аккаунтов',
    ]);
    const unchecked = screen.getAllByTestId('er-unchecked').map((el) => el.textContent ?? '');
    expect(unchecked).toHaveLength(3);
    expect(unchecked[0]).toBe(
      'Реакции аккаунтов, подписанных на тысячи страниц — не проверяется: ВКонтакте не показывает, на сколько страниц подписан чужой аккаунт.',
    );
    expect(screen.getByTestId('er-concentration').textContent).toBe(
      '10 самых активных аккаунтов — 34\u00a0% засчитанных реакцийРуководители страницы — меньше 1\u00a0% засчитанных реакций',
    );
  });

  it('says when nothing is removed and leaves the shares out when unknown', () => {
    const none: MonitoringEr = { ...MONITORING, differences: [], topTenShare: null, managersShare: null };
    render(
      wrap(
        <MonitoringErBlock
          state={{ status: 'ready', monitoring: none }}
          useForRating={false}
          onUseForRatingChange={() => {}}
        />,
      ),
    );
    expect(screen.queryAllByTestId('er-difference')).toHaveLength(0);
    expect(screen.getByText('Мониторинг не вычтет ни одной реакции из проверяемых.')).toBeTruthy();
    expect(screen.queryByTestId('er-concentration')).toBeNull();
  });

  it('shows a loading state, and an error with a retry, without a figure', () => {
    const { rerender } = render(
      wrap(<MonitoringErBlock state={{ status: 'loading' }} useForRating onUseForRatingChange={() => {}} />),
    );
    expect(screen.getByTestId('er-monitoring-loading')).toBeTruthy();
    expect(screen.queryByTestId('er-monitoring')).toBeNull();
    expect(screen.getByText('Пока списки не прочитаны, рейтинг считается по обычному ER')).toBeTruthy();

    const retry = vi.fn();
    rerender(
      wrap(
        <MonitoringErBlock
          state={{
            status: 'error',
            error: new VkApiError({
              code: 6,
              method: 'likes.getList',
              vkMessage: 'Too many requests per second',
            }),
            retry,
          }}
          useForRating
          onUseForRatingChange={() => {}}
        />,
      ),
    );
    expect(screen.getByTestId('er-monitoring-error').textContent).toMatch(
      /Обычный ER выше посчитан полностью/,
    );
    fireEvent.click(screen.getByText('Попробовать снова'));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('reports the switch', () => {
    const onChange = vi.fn();
    render(
      wrap(<MonitoringErBlock state={{ status: 'loading' }} useForRating onUseForRatingChange={onChange} />),
    );
    fireEvent.click(screen.getByTestId('er-monitoring-switch'));
    expect(onChange).toHaveBeenCalledWith(false);
  });
});

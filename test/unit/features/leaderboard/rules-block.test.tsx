// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POINTS } from '../../../../src/core/leaderboard';
import { keepLinkRules, keptLinkRules } from '../../../../src/data/leaderboard';
import { RulesBlock } from '../../../../src/features/leaderboard/components/RulesBlock';
import { wrap } from '../wrap';

afterEach(cleanup);

describe('RulesBlock', () => {
  it('shows the page’s points from a link without a note', () => {
    render(wrap(<RulesBlock points={{ like: 2, comment: 3, repost: 5 }} defaults={false} />));
    expect(screen.getByTestId('lb-rules').textContent).toMatch(
      /^Лайк — 2 очка, комментарий — 3, репост — 5;/,
    );
    expect(screen.queryByTestId('lb-rules-defaults')).toBeNull();
  });

  it('says in one line that the defaults apply and where the page’s rules are', () => {
    render(wrap(<RulesBlock points={DEFAULT_POINTS} defaults />));
    expect(screen.getByTestId('lb-rules-defaults').textContent).toBe(
      'Правила по умолчанию; если сообщество изменило очки, откройте рейтинг по ссылке «Вся таблица» в виджете сообщества.',
    );
  });
});

describe('rules a link brought', () => {
  it('are kept per page for the session (the home card scores with them)', () => {
    const memory = new Map<string, unknown>();
    const rules = { points: { like: 2, comment: 3, repost: 5 }, period: 'month' as const, custom: null };
    expect(keptLinkRules(memory, 1)).toBeNull();
    keepLinkRules(memory, 1, rules);
    expect(keptLinkRules(memory, 1)).toEqual(rules);
    expect(keptLinkRules(memory, 2)).toBeNull();
  });
});

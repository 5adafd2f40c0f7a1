import { describe, expect, it } from 'vitest';
import {
  checkSettingsForm,
  formFromSettings,
  type SettingsForm,
} from '../../../../src/features/leaderboard/form';

const ZONE = 'Europe/Moscow';
const BASE: SettingsForm = {
  like: '1',
  comment: '3',
  repost: '5',
  period: 'rating-period',
  customFrom: '',
  customTo: '',
};

describe('checkSettingsForm', () => {
  it('accepts the defaults and returns numbers', () => {
    expect(checkSettingsForm(BASE, ZONE)).toEqual({
      ok: true,
      points: { like: 1, comment: 3, repost: 5 },
      period: 'rating-period',
      custom: null,
    });
  });

  it('puts each bad number under its own field (core rules: integers 0–100)', () => {
    const check = checkSettingsForm({ ...BASE, like: '-1', comment: '2.5', repost: '101' }, ZONE);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.like).toMatch(/лайк — целое число от 0 до 100/);
    expect(check.errors.comment).toMatch(/комментарий/);
    expect(check.errors.repost).toMatch(/репост/);
  });

  it('refuses an empty field, exponents and all-zero points', () => {
    const empty = checkSettingsForm({ ...BASE, like: ' ', comment: '1e1' }, ZONE);
    expect(empty.ok || Object.keys(empty.errors).sort()).toEqual(['comment', 'like']);
    const zero = checkSettingsForm({ ...BASE, like: '0', comment: '0', repost: '0' }, ZONE);
    expect(zero.ok || zero.errors.points).toMatch(/Хотя бы одно действие/);
  });

  it('reads custom dates as whole days in the page zone', () => {
    const check = checkSettingsForm(
      { ...BASE, period: 'custom', customFrom: '2026-11-01', customTo: '2026-11-10' },
      ZONE,
    );
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    // Midnight Moscow (UTC+3) to the last second of 10 November.
    expect(check.custom).toEqual({
      from: Date.parse('2026-11-01T00:00:00+03:00') / 1000,
      to: Date.parse('2026-11-10T23:59:59+03:00') / 1000,
    });
    // And back into the form the same dates.
    const again = formFromSettings({ points: check.points, period: 'custom', custom: check.custom }, ZONE);
    expect([again.customFrom, again.customTo]).toEqual(['2026-11-01', '2026-11-10']);
  });

  it('explains missing, reversed and too long custom periods', () => {
    const custom = (customFrom: string, customTo: string) => {
      const check = checkSettingsForm({ ...BASE, period: 'custom', customFrom, customTo }, ZONE);
      return check.ok ? null : check.errors.custom;
    };
    expect(custom('', '2026-11-10')).toMatch(/Укажите первый и последний день/);
    expect(custom('2026-11-10', '2026-11-01')).toMatch(/не может быть раньше/);
    expect(custom('2026-01-01', '2026-12-31')).toMatch(/не длиннее 93 дней/);
    // Custom dates are ignored for the other kinds.
    expect(checkSettingsForm({ ...BASE, period: 'month', customFrom: 'x' }, ZONE).ok).toBe(true);
  });
});

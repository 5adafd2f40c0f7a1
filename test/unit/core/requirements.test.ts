import { describe, expect, it } from 'vitest';
import { checkRequirements, type RequirementStatus } from '../../../src/core/requirements';
import type { PageInfo } from '../../../src/core/types';
import { page } from './helpers';

function statusOf(over: Partial<PageInfo>, posWidgetsDeclared: boolean | null = true, options = {}) {
  const result = checkRequirements(page(over), { posWidgetsDeclared, options });
  return Object.fromEntries(result.items.map((i) => [i.id, i.status])) as Record<string, RequirementStatus>;
}

describe('checkRequirements', () => {
  it('passes a complete page', () => {
    const result = checkRequirements(page(), { posWidgetsDeclared: true });
    expect(result.items.map((i) => [i.id, i.status])).toEqual([
      ['cover', 'ok'],
      ['avatar', 'ok'],
      ['description', 'ok'],
      ['pos-widgets', 'ok'],
      ['open-wall', 'ok'],
      ['gov-mark', 'ok'],
    ]);
    expect(result).toMatchObject({ missingCount: 0, deductedCount: 0, unknownCount: 0 });
  });

  it('never assumes or deducts an unknown «Госорганизация» mark or undeclared ПОС widgets', () => {
    const result = checkRequirements(page({ isGovernmentOrganization: null }), { posWidgetsDeclared: null });
    expect(result.items.find((i) => i.id === 'gov-mark')?.status).toBe('unknown');
    expect(result.items.find((i) => i.id === 'pos-widgets')).toEqual({
      id: 'pos-widgets',
      status: 'unknown',
      selfDeclared: true,
      deducted: true,
    });
    expect(result).toMatchObject({ missingCount: 0, deductedCount: 0, unknownCount: 2 });
  });

  it.each([
    { over: { hasCover: false }, id: 'cover', status: 'missing' },
    { over: { hasPhoto: false }, id: 'avatar', status: 'missing' },
    { over: { description: '' }, id: 'description', status: 'missing' },
    { over: { description: '   \n ' }, id: 'description', status: 'missing' },
    { over: { description: 'Школа' }, id: 'description', status: 'ok' },
    { over: { wall: 'open' }, id: 'open-wall', status: 'ok' },
    { over: { wall: 'limited' }, id: 'open-wall', status: 'ok' },
    { over: { wall: 'closed' }, id: 'open-wall', status: 'missing' },
    { over: { wall: 'off' }, id: 'open-wall', status: 'missing' },
    { over: { wall: null }, id: 'open-wall', status: 'unknown' },
    { over: { isGovernmentOrganization: false }, id: 'gov-mark', status: 'missing' },
  ] as const)('$id with $over → $status', ({ over, id, status }) => {
    expect(statusOf(over)[id]).toBe(status);
  });

  it('takes the ПОС widgets from the admin’s declaration', () => {
    expect(statusOf({}, false)['pos-widgets']).toBe('missing');
    expect(statusOf({}, true)['pos-widgets']).toBe('ok');
  });

  it('honours descriptionMinLength', () => {
    expect(statusOf({ description: ' Школа ' }, true, { descriptionMinLength: 10 }).description).toBe(
      'missing',
    );
  });

  it('deducts only the dashboard’s four items by default', () => {
    const result = checkRequirements(
      page({ hasCover: false, description: '', wall: 'closed', isGovernmentOrganization: false }),
      { posWidgetsDeclared: false },
    );
    expect(result.items.filter((i) => i.deducted).map((i) => i.id)).toEqual([
      'cover',
      'avatar',
      'description',
      'pos-widgets',
    ]);
    expect(result).toMatchObject({ missingCount: 5, deductedCount: 3 });
  });
});

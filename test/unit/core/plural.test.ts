import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/core/plural';

const FORMS = ['победитель', 'победителя', 'победителей'] as const;

describe('plural', () => {
  it('follows the Russian rule, the teens included', () => {
    const pick = (n: number) => plural(n, FORMS);
    expect([1, 21, 101].map(pick)).toEqual(['победитель', 'победитель', 'победитель']);
    expect([2, 3, 4, 22, 104].map(pick)).toEqual(Array(5).fill('победителя'));
    expect([0, 5, 11, 12, 14, 111, 112, 25].map(pick)).toEqual(Array(8).fill('победителей'));
  });
});

// Synthetic subordinate pages (generateWorld's extraPages) leave the hand-made district untouched.
import { describe, expect, it } from 'vitest';
import { generateWorld } from '../../../src/demo/world';
import { DEMO_NOW } from '../demo-services';

describe('generateWorld with extra pages', () => {
  it('adds deterministic children and keeps the 30 hand-made pages, links and walls as they were', () => {
    const base = generateWorld({ seed: 1, now: DEMO_NOW });
    const big = generateWorld({ seed: 1, now: DEMO_NOW, extraPages: 300 });

    expect(big.pages.slice(0, 30)).toEqual(base.pages);
    expect(big.special).toEqual(base.special);
    expect(big.childIds.slice(0, base.childIds.length)).toEqual(base.childIds);
    expect(big.childIds).toHaveLength(base.childIds.length + 300);
    for (const page of base.pages) expect(big.walls.get(page.id)).toEqual(base.walls.get(page.id));

    const extra = big.pages.slice(30);
    expect(new Set(extra.map((p) => p.screenName)).size).toBe(300);
    expect(extra.filter((p) => p.isClosed === 2).length).toBeGreaterThan(0);
    expect(extra.filter((p) => p.deactivated === 'deleted').length).toBeGreaterThan(0);
    expect(extra.every((p) => big.categories[p.id] !== undefined)).toBe(true);
    expect(generateWorld({ seed: 1, now: DEMO_NOW, extraPages: 300 }).pages).toEqual(big.pages);
  });
});

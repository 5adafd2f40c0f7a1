// `npm run demo:snapshot`: arguments, the snapshot's content, the exit codes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildDemoSnapshot, main, parseDemoSnapshotArgs } from '../../../src/cli/demo-snapshot';
import { generateWorld } from '../../../src/demo/world';
import { NOW, published } from './helpers';

describe('demo:snapshot', () => {
  it('parses --out, --seed and --now with defaults, and refuses bad values', () => {
    expect(parseDemoSnapshotArgs(['--out', 'x.json'], NOW * 1000)).toEqual({
      ok: true,
      out: 'x.json',
      options: { seed: 1, now: NOW },
    });
    expect(
      parseDemoSnapshotArgs(['--out', 'x.json', '--seed', '7', '--now', '2025-01-02T03:04:05Z'], 0),
    ).toEqual({
      ok: true,
      out: 'x.json',
      options: { seed: 7, now: Date.parse('2025-01-02T03:04:05Z') / 1000 },
    });
    expect(parseDemoSnapshotArgs([], 0)).toMatchObject({ ok: false });
    expect(parseDemoSnapshotArgs(['--out', 'x', '--seed', '1.5'], 0)).toMatchObject({ ok: false });
    expect(parseDemoSnapshotArgs(['--out', 'x', '--now', 'soon'], 0)).toMatchObject({ ok: false });
    expect(parseDemoSnapshotArgs(['--out', 'x', '--bogus'], 0)).toMatchObject({ ok: false });
    expect(parseDemoSnapshotArgs(['--help'], 0)).toEqual({ help: true });
  });

  it('writes every district page, the published posts of every readable wall, and the categories', async () => {
    const world = generateWorld({ seed: 1, now: NOW });
    const { snapshot, skipped } = await buildDemoSnapshot({ seed: 1, now: NOW });
    const ids = Object.keys(world.categories);
    expect((snapshot.groups as { id: number }[]).map((g) => String(g.id))).toEqual(ids);
    expect(snapshot.categories).toEqual(world.categories);
    expect(Object.keys(snapshot.walls).sort()).toEqual(
      ids.filter((id) => ![world.special.private, world.special.deleted].includes(Number(id))).sort(),
    );
    expect(skipped).toHaveLength(2);
    for (const [id, posts] of Object.entries(snapshot.walls)) {
      const items = posts as { id: number; post_type: string }[];
      expect(items.map((p) => p.id).sort()).toEqual(
        published(world, Number(id))
          .map((p) => p.id)
          .sort(),
      );
      expect(items.every((p) => p.post_type === 'post')).toBe(true);
    }
    const head = (snapshot.groups as { id: number; members_count?: number; links?: unknown[] }[]).find(
      (g) => g.id === world.headId,
    );
    expect(head?.members_count).toBe(world.pageById.get(world.headId)?.membersCount);
    expect(head?.links?.length).toBeGreaterThan(20);
  });

  it('exits 0 after writing the file, 2 on bad arguments or an unwritable path', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-snapshot-'));
    const out = path.join(dir, 'snap.json');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main(['--out', out, '--now', '2025-06-10T12:00:00+03:00'])).toBe(0);
      expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toHaveProperty('walls');
      expect(await main(['--seed', '2'])).toBe(2);
      expect(
        await main(['--out', path.join(dir, 'missing', 'x.json'), '--now', '2025-06-10T12:00:00Z']),
      ).toBe(2);
    } finally {
      quiet.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

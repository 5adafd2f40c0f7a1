// `npm run demo:snapshot -- --out FILE [--seed N] [--now ISO]`: writes the demo district as a report
// snapshot, obtained by calling the fake VK API (so it is exactly what VK would answer the demo viewer):
// {"groups": [groups.getById objects], "walls": {"<id>": [published wall.get posts]}, "categories": {…}}.
// Walls the viewer cannot read (the private and the deleted page) are left out, as VK refuses them.
import { writeFileSync } from 'node:fs';
import { createFakeVk } from '../demo/fake-api';
import type { ApiBody, FakeVk } from '../demo/fake-api';
import { generateWorld } from '../demo/world';
import { VirtualClock } from '../vk/clock';
import { VK_TOO_MANY_REQUESTS } from '../vk/errors';
import { WORLD_FLAGS, parseFlags, parseWorldFlags } from './report-args';

export const DEMO_SNAPSHOT_USAGE = `Usage: npm run demo:snapshot -- --out FILE [--seed N] [--now ISO]

  --out FILE   where to write the snapshot JSON
  --seed N     world seed (default 1)
  --now ISO    the moment the world is generated for, e.g. 2025-06-10T12:00:00+03:00; without an
               offset it is Moscow time (default: now)`;

const GROUP_FIELDS = [
  'members_count',
  'cover',
  'has_photo',
  'description',
  'wall',
  'links',
  'verified',
  'is_government_organization',
  'activity',
  'site',
  'fixed_post',
].join(',');

export interface SnapshotOptions {
  seed: number;
  /** Unix seconds. */
  now: number;
}

export type DemoSnapshotArgs =
  { ok: true; out: string; options: SnapshotOptions } | { ok: false; error: string } | { help: true };

export function parseDemoSnapshotArgs(argv: readonly string[], nowMs: number): DemoSnapshotArgs {
  const flags = parseFlags(argv, { out: { type: 'string' }, ...WORLD_FLAGS });
  if ('error' in flags) return { ok: false, error: flags.error };
  const { values } = flags;
  if (values['help']) return { help: true };
  if (typeof values['out'] !== 'string' || values['out'] === '')
    return { ok: false, error: '--out FILE is required' };
  const world = parseWorldFlags(values, nowMs);
  return 'error' in world
    ? { ok: false, error: world.error }
    : { ok: true, out: values['out'], options: world };
}

/** One call at the pace VK allows a user token (on the virtual clock: no real waiting). */
async function call(
  api: FakeVk,
  clock: VirtualClock,
  method: string,
  params: Record<string, string | number>,
): Promise<ApiBody> {
  for (let attempt = 0; ; attempt++) {
    await clock.sleep(350);
    const body = await api.request(method, params);
    if (!('error' in body) || body.error.error_code !== VK_TOO_MANY_REQUESTS || attempt >= 5) return body;
  }
}

export interface DemoSnapshot {
  groups: unknown[];
  walls: Record<string, unknown[]>;
  categories: Record<string, string>;
}

export async function buildDemoSnapshot(
  options: SnapshotOptions,
): Promise<{ snapshot: DemoSnapshot; skipped: string[] }> {
  const world = generateWorld(options);
  const clock = new VirtualClock(options.now * 1000);
  const api = createFakeVk(world, { clock });
  const token = api.userToken(world.viewerId, []);
  const base = { access_token: token, v: '5.199' };
  const ids = Object.keys(world.categories);
  const byId = await call(api, clock, 'groups.getById', {
    ...base,
    group_ids: ids.join(','),
    fields: GROUP_FIELDS,
  });
  if ('error' in byId)
    throw new Error(`groups.getById failed: ${byId.error.error_code} ${byId.error.error_msg}`);
  const groups = (byId.response as { groups: unknown[] }).groups;
  const walls: Record<string, unknown[]> = {};
  const skipped: string[] = [];
  for (const id of ids) {
    const posts: unknown[] = [];
    for (let offset = 0; ; offset += 100) {
      const body = await call(api, clock, 'wall.get', { ...base, owner_id: -Number(id), offset, count: 100 });
      if ('error' in body) {
        skipped.push(`${id}: wall.get error ${body.error.error_code} (${body.error.error_msg})`);
        break;
      }
      const page = body.response as { count: number; items: unknown[] };
      posts.push(...page.items);
      if (page.items.length === 0 || offset + 100 >= page.count) {
        walls[id] = posts;
        break;
      }
    }
  }
  return { snapshot: { groups, walls, categories: { ...world.categories } }, skipped };
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseDemoSnapshotArgs(argv, Date.now());
  if ('help' in args) {
    console.log(DEMO_SNAPSHOT_USAGE);
    return 0;
  }
  if (!args.ok) {
    console.error(`demo:snapshot: ${args.error}\n\n${DEMO_SNAPSHOT_USAGE}`);
    return 2;
  }
  try {
    const { snapshot, skipped } = await buildDemoSnapshot(args.options);
    writeFileSync(args.out, `${JSON.stringify(snapshot, null, 2)}\n`);
    for (const line of skipped) console.error(`demo:snapshot: wall left out, ${line}`);
    console.error(`demo:snapshot: ${snapshot.groups.length} pages written to ${args.out}`);
    return 0;
  } catch (error) {
    console.error(`demo:snapshot: ${(error as Error).message}`);
    return 2;
  }
}

const invoked = process.argv[1] ?? '';
if (/demo-snapshot\.[cm]?[jt]s$/.test(invoked)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

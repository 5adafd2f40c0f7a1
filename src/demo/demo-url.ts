// The demo's URL switches: ?demo=1&role=admin|editor|moder|member|none&group=<id>&outside=1&now=<ISO>
// &seed=<n>&faults=<rate>&faultkinds=<kinds>&deny=<scopes>&theme=light|dark&latency=<ms>&reset=1&bench=1
// &lbbench=1&showwidget=1.
import type { FaultKind } from './fake-api';
import { FAULT_KINDS } from './fake-api';

export const DEMO_LABEL = 'Демо-режим: данные смоделированы';

export type DemoRole = 'admin' | 'editor' | 'moder' | 'member' | 'none';
const ROLES: readonly DemoRole[] = ['admin', 'editor', 'moder', 'member', 'none'];

export interface DemoOptions {
  role: DemoRole;
  /** null = the head page. */
  groupId: number | null;
  /** role=none&outside=1: opened outside any community (no vk_group_id). */
  outside: boolean;
  seed: number;
  /** Unix seconds the demo starts at; null = the clock's current time. */
  now: number | null;
  faults: { rate: number; kinds: FaultKind[] } | null;
  /** Scopes the viewer refuses; "token" refuses every user token, "community" every community token. */
  deny: Set<string>;
  theme: 'light' | 'dark' | null;
  latencyMs: number;
  /** reset=1: forget the session journal and the demo's VK Storage before starting. */
  reset: boolean;
  /** bench=1: the world has the giveaway bench page (bench-page.ts). */
  giveawayBench: boolean;
  /** lbbench=1: the world has the leaderboard bench page (leaderboard-bench.ts). */
  leaderboardBench: boolean;
  /** showwidget=1: in the browser, show the launch page's installed widget at start (read-only). */
  showWidget: boolean;
}

function params(search: string): URLSearchParams {
  return new URLSearchParams(search.replace(/^\?/, ''));
}

/**
 * True when the app should run over the simulated VK: `demo=1` is set, or the URL carries no VK launch
 * params at all (a newcomer opening the app outside VK).
 */
export function isDemoSearch(search: string): boolean {
  const q = params(search);
  const demo = q.get('demo');
  if (demo !== null && demo !== '0' && demo !== 'false') return true;
  return !(q.get('vk_user_id') && q.get('vk_app_id'));
}

function num(q: URLSearchParams, name: string): number | null {
  const raw = q.get(name);
  if (raw === null || raw.trim() === '') return null;
  const v = Number(raw);
  return Number.isFinite(v) ? v : null;
}

/** Reads the switches; invalid values fall back to the defaults (the demo must always start). */
export function parseDemoSearch(search: string): DemoOptions {
  const q = params(search);
  const role = ROLES.find((r) => r === q.get('role')) ?? 'admin';
  const group = num(q, 'group');
  const nowIso = q.get('now');
  const parsedNow = nowIso === null ? NaN : Date.parse(nowIso);
  const rate = num(q, 'faults');
  const kinds = (q.get('faultkinds') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k): k is FaultKind => (FAULT_KINDS as readonly string[]).includes(k));
  const theme = q.get('theme');
  return {
    role,
    groupId: group !== null && Number.isInteger(group) && group > 0 ? group : null,
    outside: role === 'none' && q.get('outside') === '1',
    seed: Math.trunc(num(q, 'seed') ?? 1),
    now: Number.isFinite(parsedNow) ? Math.floor(parsedNow / 1000) : null,
    faults:
      rate !== null && rate > 0
        ? { rate: Math.min(1, rate), kinds: kinds.length > 0 ? kinds : [...FAULT_KINDS] }
        : null,
    deny: new Set(
      (q.get('deny') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
    theme: theme === 'dark' || theme === 'light' ? theme : null,
    latencyMs: Math.max(0, num(q, 'latency') ?? 0),
    reset: q.get('reset') === '1',
    giveawayBench: q.get('bench') === '1',
    leaderboardBench: q.get('lbbench') === '1',
    showWidget: q.get('showwidget') === '1',
  };
}

// The widget refresher's three rules, on the demo's appWidgets.update and a virtual clock driven by
// a hand-run scheduler: a round every 60 s, never within 30 s of the last update, only when the code
// changed.
import { describe, expect, it } from 'vitest';
import { createWidgetRefresher, type Schedule } from '../../../src/data/leaderboard';
import type { VirtualClock } from '../../../src/vk/clock';
import { DEMO_NOW } from '../demo-services';
import { leaderboardServices } from './helpers';

const GYM = 219000006;
const codeOf = (n: number) =>
  `return {"title": "Лидеры ${n}", "head": [{"text": "Место"}], "body": [[{"text": "${n}"}]]};`;
/** The code sent at a moment: the content plus the time, as the widget says when it was updated. */
const sentAt = (content: string, atMs: number) => content.replace('"head"', `"more": "${atMs}", "head"`);

/** Timers on the virtual clock: run() fires the due ones in order, letting each round finish. */
function manualTimers(clock: VirtualClock) {
  const tasks: { at: number; fn: () => void }[] = [];
  const settle = async () => {
    for (let i = 0; i < 30; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const schedule: Schedule = (fn, ms) => {
    const task = { at: clock.now() + ms, fn };
    tasks.push(task);
    return () => void tasks.splice(tasks.indexOf(task) >>> 0, 1);
  };
  const runUntil = async (ms: number) => {
    await settle();
    for (;;) {
      tasks.sort((a, b) => a.at - b.at);
      const task = tasks[0];
      if (!task || task.at > ms) break;
      tasks.shift();
      clock.advance(task.at - clock.now());
      task.fn();
      await settle();
    }
    clock.advance(ms - clock.now());
  };
  return { schedule, runUntil, pending: () => tasks.length };
}

function rig(build: () => string, last?: { code: string | null; at: number | null }) {
  const { services, bridge, clock } = leaderboardServices(`role=admin&group=${GYM}`);
  const timers = manualTimers(clock);
  const start = clock.now();
  const updates: { code: string; at: number }[] = [];
  const errors: unknown[] = [];
  const refresher = createWidgetRefresher({
    api: services.api,
    clock,
    groupId: GYM,
    build: () => {
      const content = build();
      return Promise.resolve({ content, at: (ms: number) => sentAt(content, ms) });
    },
    schedule: timers.schedule,
    onUpdated: (code, at) => updates.push({ code, at: at - start }),
    onError: (err) => errors.push(err),
    ...(last ? { last } : {}),
  });
  return { refresher, timers, updates, errors, bridge, start };
}

describe('the widget refresher', () => {
  it('updates every 60 seconds while the code keeps changing', async () => {
    let n = 0;
    const r = rig(() => codeOf(n++));
    r.refresher.start();
    await r.timers.runUntil(r.start + 185_000);
    r.refresher.stop();
    expect(r.errors).toEqual([]);
    expect(r.updates.map((u) => Math.round(u.at / 1000))).toEqual([0, 60, 120, 180]);
    const last = r.updates.at(-1);
    expect(r.bridge.world.state.widgets.get(GYM)?.code).toBe(
      sentAt(last?.code ?? '', (last?.at ?? 0) + r.start),
    );
    expect(r.timers.pending()).toBe(0);
  });

  it('never updates within 30 seconds of the last update: the round waits', async () => {
    // The last update was 10 s before the start: the first round may update 20 s after it.
    const r = rig(() => codeOf(2), { code: codeOf(1), at: DEMO_NOW * 1000 - 10_000 });
    r.refresher.start();
    await r.timers.runUntil(r.start + 19_000);
    expect(r.updates).toEqual([]);
    await r.timers.runUntil(r.start + 40_000);
    r.refresher.stop();
    expect(r.updates).toEqual([{ code: codeOf(2), at: 20_000 }]);
    expect(r.errors).toEqual([]);
  });

  it('updates only when the content changed, though each code sent carries its time', async () => {
    const r = rig(() => codeOf(7), { code: codeOf(7), at: null });
    r.refresher.start();
    await r.timers.runUntil(r.start + 300_000);
    r.refresher.stop();
    expect(r.updates).toEqual([]);
    expect(r.bridge.world.state.widgets.has(GYM)).toBe(false);
  });

  it('reports failures through the callback and keeps going', async () => {
    let n = 0;
    const r = rig(() => (n++ === 0 ? 'return 1;' : codeOf(n)));
    r.refresher.start();
    await r.timers.runUntil(r.start + 61_000);
    r.refresher.stop();
    expect(r.errors).toHaveLength(1);
    expect(r.updates.map((u) => Math.round(u.at / 1000))).toEqual([60]);
  });
});

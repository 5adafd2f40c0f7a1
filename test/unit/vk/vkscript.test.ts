import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPick, projectToColumns, zipColumns, type ResponsePick } from '../../../src/vk/pick';
import { buildExecuteScript, normalizeParams } from '../../../src/vk/vkscript';
import { runScript } from './fake-vk';

describe('buildExecuteScript', () => {
  it('emits exactly the example of docs/vkscript-subset.md', () => {
    const doc = readFileSync(new URL('../../../docs/vkscript-subset.md', import.meta.url), 'utf8');
    const example = /## What the adapter generates[\s\S]*?```\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const script = buildExecuteScript([
      {
        method: 'wall.get',
        params: { owner_id: -101, count: 100 },
        pick: { count: true, items: ['id', 'date'] },
      },
      { method: 'groups.getById', params: { group_ids: '101', fields: 'members_count' } },
    ]);
    expect(script).toBe(example);
  });

  it('keeps hostile parameter values inside string literals', () => {
    const hostile = [
      '"}); return API.account.ban({"owner_id": 1});',
      'back\\slash\\"quote',
      'line\nbreak\r\ttab',
      '\u2028\u2029 и кириллица 👍',
      '\\u0022 looks like an escape',
      '</script>',
    ];
    const script = buildExecuteScript(hostile.map((q) => ({ method: 'wall.search', params: { query: q } })));
    const seen: { method: string; params: Record<string, string> }[] = [];
    const result = runScript(script, (method, params) => {
      seen.push({ method, params });
      return params['query'];
    });
    expect(seen.map((s) => s.method)).toEqual(hostile.map(() => 'wall.search'));
    expect(seen.map((s) => s.params['query'])).toEqual(hostile);
    expect(result.response).toEqual(hostile);
    // One line per call plus the return: no value managed to open a new statement.
    expect(script.split('\n')).toHaveLength(hostile.length + 1);
  });

  it('keeps hostile parameter names inside string literals too', () => {
    // Names are validated before they get here; the script still never trusts them.
    const script = buildExecuteScript([{ method: 'users.get', params: { 'a"}); return 1; //': 'x' } }]);
    const seen: Record<string, string>[] = [];
    runScript(script, (_m, params) => seen.push(params));
    expect(Object.keys(seen[0]!)).toEqual(['a"}); return 1; //']);
  });

  it('refuses to batch a method name that is not API.section.method', () => {
    expect(() => buildExecuteScript([{ method: 'wall.get({}); API.x', params: {} }])).toThrow(TypeError);
    expect(() => buildExecuteScript([{ method: 'execute', params: {} }])).toThrow(TypeError);
  });

  it('refuses pick names that are not identifiers', () => {
    expect(() =>
      buildExecuteScript([{ method: 'wall.get', params: {}, pick: { 'items.x': true } as ResponsePick }]),
    ).toThrow(TypeError);
    expect(() => buildExecuteScript([{ method: 'wall.get', params: {}, pick: { items: ['id;'] } }])).toThrow(
      TypeError,
    );
    expect(() => buildExecuteScript([{ method: 'wall.get', params: {}, pick: { items: [] } }])).toThrow(
      TypeError,
    );
  });
});

describe('normalizeParams', () => {
  it('joins arrays, turns booleans into 1/0 and skips undefined', () => {
    expect(
      normalizeParams({
        group_ids: [1, 2, 'three'],
        extended: true,
        friends_only: false,
        offset: undefined,
        q: 'x',
      }),
    ).toEqual({ group_ids: '1,2,three', extended: 1, friends_only: 0, q: 'x' });
  });

  it('rejects access_token and v: only the transport sets them', () => {
    expect(() => normalizeParams({ access_token: 'x' })).toThrow(TypeError);
    expect(() => normalizeParams({ v: '5.131' })).toThrow(TypeError);
  });

  it('rejects non-finite numbers and odd names', () => {
    expect(() => normalizeParams({ count: Number.NaN })).toThrow(TypeError);
    expect(() => normalizeParams({ ids: [1, Infinity] })).toThrow(TypeError);
    expect(() => normalizeParams({ 'a-b': 1 })).toThrow(TypeError);
  });
});

describe('pick', () => {
  const pick: ResponsePick = { count: true, items: ['id', 'date', 'likes', 'copy_history', 'is_pinned'] };
  const wall = {
    count: 3,
    next_from: 'ignored',
    items: [
      { id: 3, date: 300, likes: { count: 5 }, is_pinned: 1, text: 'long text' },
      { id: 2, date: 200, likes: { count: 0 }, copy_history: [{ id: 9 }] },
      { id: 1, date: 100, likes: null },
    ],
  };

  it('zips columns back into the picked objects, dropping missing and null fields', () => {
    expect(applyPick(wall, pick)).toEqual({
      count: 3,
      items: [
        { id: 3, date: 300, likes: { count: 5 }, is_pinned: 1 },
        { id: 2, date: 200, likes: { count: 0 }, copy_history: [{ id: 9 }] },
        { id: 1, date: 100 },
      ],
    });
  });

  it('computes locally exactly what the execute projection returns', () => {
    const samples: unknown[] = [
      wall,
      { count: 0, items: [] },
      { count: 1 },
      { items: 'x' },
      false,
      null,
      0,
      [1, 2],
    ];
    for (const sample of samples) {
      const script = buildExecuteScript([{ method: 'wall.get', params: {}, pick }]);
      const viaScript = runScript(script, () => sample).response as unknown[];
      expect(viaScript[0]).toEqual(projectToColumns(sample, pick));
      expect(zipColumns(viaScript[0], pick)).toEqual(applyPick(sample, pick));
    }
  });

  it('leaves a list field out when the response had no list there', () => {
    expect(applyPick({ count: 2, items: null }, pick)).toEqual({ count: 2 });
    expect(applyPick({ count: 0, items: [] }, pick)).toEqual({ count: 0, items: [] });
  });
});

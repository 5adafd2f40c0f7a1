// The VKScript interpreter against docs/vkscript-subset.md: the grammar, the semantics, and the error
// cases (12 for anything outside the subset, 13 for a 26th call), hostile strings included.
import { describe, expect, it } from 'vitest';
import { EXECUTE_MAX_CALLS, VkScriptError, runVkScript } from '../../../src/demo/vkscript';
import type { CallResult } from '../../../src/demo/vkscript';

interface Call {
  method: string;
  params: Record<string, string>;
}

/** A fake API: wall.get answers two posts, users.get fails with error 18, the rest echo their params. */
function recorder() {
  const calls: Call[] = [];
  const api = (method: string, params: Record<string, string>): CallResult => {
    calls.push({ method, params });
    if (method === 'wall.get') {
      return {
        ok: true,
        value: {
          count: 2,
          items: [
            { id: 1, date: 10, text: 'a' },
            { id: 2, date: 20 },
          ],
        },
      };
    }
    if (method === 'users.get') return { ok: false, code: 18, msg: 'User was deleted or banned' };
    return { ok: true, value: params };
  };
  return { calls, api };
}

function run(code: string) {
  const r = recorder();
  return { ...runVkScript(code, r.api), calls: r.calls };
}

function codeOf(code: string): number | null {
  const r = recorder();
  try {
    runVkScript(code, r.api);
    return null;
  } catch (err) {
    if (err instanceof VkScriptError) return err.code;
    throw err;
  }
}

describe('VKScript subset: what runs', () => {
  it('runs the adapter script of the spec, with picks and a failed call', () => {
    const out = run(
      [
        'var r0 = API.wall.get({"owner_id": -101, "count": 100});',
        'if (r0) { r0 = {"count": r0.count, "items": {"id": r0.items@.id, "date": r0.items@.date}}; }',
        'var r1 = API.users.get({"user_ids": "1"});',
        'if (r1) { r1 = {"never": true}; }',
        'var r2 = API.groups.getById({"group_ids": "101", "fields": "members_count"});',
        'return [r0, r1, r2];',
      ].join('\n'),
    );
    expect(out.response).toEqual([
      { count: 2, items: { id: [1, 2], date: [10, 20] } },
      false,
      { group_ids: '101', fields: 'members_count' },
    ]);
    expect(out.executeErrors).toEqual([
      { method: 'users.get', error_code: 18, error_msg: 'User was deleted or banned' },
    ]);
    expect(out.calls.map((c) => c.method)).toEqual(['wall.get', 'users.get', 'groups.getById']);
    expect(out.calls[0]?.params).toEqual({ owner_id: '-101', count: '100' });
  });

  it('passes numbers, strings, arrays (comma-joined) and booleans (1/0) as parameters; null is left out', () => {
    const out = run(
      'return API.groups.isMember({"a": 1.5, "b": "x,y", "c": [1, "two", -3], "d": true, "e": false, "f": null, "g": {"k": 1}});',
    );
    expect(out.response).toEqual({ a: '1.5', b: 'x,y', c: '1,two,-3', d: '1', e: '0', g: '{"k":1}' });
  });

  it('evaluates literals: JSON numbers, escapes, nested arrays and objects, true/false/null', () => {
    const out = run(
      'return {"n": [0, -7, 3.25, 1e3, -2E-2], "s": "q\\"\\\\\\/\\b\\f\\n\\r\\t\\u0416", "b": [true, false, null], "o": {}, "a": []};',
    );
    expect(out.response).toEqual({
      n: [0, -7, 3.25, 1000, -0.02],
      s: 'q"\\/\b\f\n\r\tЖ',
      b: [true, false, null],
      o: {},
      a: [],
    });
  });

  it('reads fields as VK does: missing, of false/null/numbers/strings/arrays → null; @. on non-arrays → null', () => {
    const out = run(
      [
        'var o = {"a": {"b": 1}, "n": 5, "f": false, "s": "str", "arr": [{"x": 1}, {"y": 2}, 3, null]};',
        'return [o.a.b, o.missing, o.missing.deeper, o.f.x, o.n.x, o.s.length, o.arr.x, o.arr@.x, o.a@.b, o.n@.x];',
      ].join(''),
    );
    expect(out.response).toEqual([1, null, null, null, null, null, null, [1, null, null, null], null, null]);
  });

  it('reads own fields only: "__proto__" and "constructor" are plain keys, never the prototype', () => {
    const out = run(
      'var o = {"__proto__": {"polluted": 1}, "constructor": 2}; return [o.__proto__.polluted, o.constructor, o.toString, o.hasOwnProperty];',
    );
    expect(out.response).toEqual([1, 2, null, null]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('runs an if block only for truthy values (not false, null, 0, "")', () => {
    const out = run(
      [
        'var hits = [];',
        'var t0 = false; if (t0) { hits = "false"; }',
        'var t1 = null; if (t1) { hits = "null"; }',
        'var t2 = 0; if (t2) { hits = "zero"; }',
        'var t3 = ""; if (t3) { hits = "empty"; }',
        'var t4 = []; var t5 = {}; var t6 = "0"; var count = 0;',
        'var seen = [];',
        'if (t4) { if (t5) { if (t6) { seen = ["array", "object", "string 0"]; } } }',
        'return [hits, seen];',
      ].join('\n'),
    );
    expect(out.response).toEqual([[], ['array', 'object', 'string 0']]);
  });

  it('stops at return (also inside if); no return answers null; an empty script answers null', () => {
    expect(run('var a = 1; if (a) { return "inner"; } return "outer";').response).toBe('inner');
    const stopped = run('return 1; var x = API.wall.get({});');
    expect(stopped.response).toBe(1);
    expect(stopped.calls).toHaveLength(0);
    expect(run('var a = API.wall.get({});').response).toBeNull();
    expect(run(' \n\t ').response).toBeNull();
  });

  it('allows calls without arguments and whitespace between all tokens', () => {
    const out = run('var\n r =\tAPI . wall . get ( ) ;\nreturn r . items @. id ;');
    expect(out.response).toEqual([1, 2]);
  });

  it('reads a variable declared later in the text but inside a skipped block as null', () => {
    const out = run('var no = false; if (no) { var late = 1; } return late;');
    expect(out.response).toBeNull();
  });

  it(`makes at most ${EXECUTE_MAX_CALLS} calls: the 26th fails the whole script with error 13`, () => {
    const calls = (n: number) =>
      Array.from({ length: n }, (_, i) => `var c${i} = API.storage.get({"key": "k${i}"});`).join('\n');
    const fine = run(`${calls(EXECUTE_MAX_CALLS)} return c24;`);
    expect(fine.calls).toHaveLength(25);
    const r = recorder();
    expect(() => runVkScript(`${calls(26)} return 1;`, r.api)).toThrow(VkScriptError);
    expect(r.calls).toHaveLength(25);
    expect(codeOf(`${calls(26)} return 1;`)).toBe(13);
    // Calls inside skipped blocks do not count.
    expect(codeOf(`var no = 0; if (no) { ${calls(30)} } ${calls(25)} return 1;`)).toBeNull();
  });
});

describe('VKScript subset: what is refused with error 12', () => {
  const refused: [string, string][] = [
    ['an unknown identifier', 'return x;'],
    ['assignment to an undeclared variable', 'x = 1; return x;'],
    ['a variable used in its own declaration', 'var x = x;'],
    ['if on an undeclared variable', 'if (x) { return 1; }'],
    ['if on an expression', 'var a = 1; if (a.b) { return 1; }'],
    ['if with else', 'var a = 1; if (a) { return 1; } else { return 2; }'],
    ['while', 'var a = 1; while (a) { a = 0; }'],
    ['arithmetic', 'var a = 1 + 2;'],
    ['comparison', 'var a = 1; var b = a == 1;'],
    ['a method call on a value', 'var a = [1]; return a.push(2);'],
    ['a field of a call', 'return API.wall.get({}).items;'],
    ['a pick of a call', 'return API.wall.get({})@.id;'],
    ['a non-API function', 'return foo();'],
    ['API without a method', 'return API.wall;'],
    ['API.execute (one name only)', 'return API.execute({});'],
    ['a call with a non-object argument', 'return API.wall.get(1);'],
    ['a call with two arguments', 'return API.wall.get({}, {});'],
    ['single-quoted strings', "return 'a';"],
    ['unquoted keys', 'return {a: 1};'],
    ['a trailing comma in an object', 'return {"a": 1,};'],
    ['a trailing comma in an array', 'return [1,];'],
    ['a missing semicolon', 'return 1'],
    ['a comment', '// hello\nreturn 1;'],
    ['a block comment', '/* x */ return 1;'],
    ['a keyword as a variable', 'var return = 1;'],
    ['API as a variable', 'var API = 1;'],
    ['a lone @', 'var a = [1]; return a@id;'],
    ['a leading-zero number', 'return 01;'],
    ['a number without integer part', 'return .5;'],
    ['a number glued to a name', 'return 1abc;'],
    ['a number with a trailing dot', 'return 1.;'],
    ['Infinity', 'return Infinity;'],
    ['a number out of range', 'return 1e999;'],
    ['a non-ASCII identifier', 'var я = 1;'],
    ['a negative identifier', 'var a = 1; return -a;'],
    ['an unterminated string', 'return "abc;'],
    ['a raw newline inside a string', 'return "a\nb";'],
    ['a raw tab inside a string', 'return "a\tb";'],
    ['an invalid escape', 'return "\\x41";'],
    ['an escaped single quote', 'return "\\\'";'],
    ['a short unicode escape', 'return "\\u12";'],
    ['an unclosed object', 'return {"a": 1;'],
    ['an unclosed block', 'var a = 1; if (a) { return 1;'],
    ['a stray closing brace', 'return 1; }'],
    ['a bare expression', '1;'],
  ];
  for (const [what, code] of refused) {
    it(`refuses ${what}`, () => {
      expect(codeOf(code)).toBe(12);
    });
  }

  it('refuses before running anything: no call is made by a script that does not compile', () => {
    const r = recorder();
    expect(() => runVkScript('var a = API.wall.get({}); return b;', r.api)).toThrow(/Unable to compile code/);
    expect(r.calls).toHaveLength(0);
  });

  it('refuses absurd nesting with error 12, not a stack overflow', () => {
    expect(codeOf(`return ${'['.repeat(5000)}${']'.repeat(5000)};`)).toBe(12);
    expect(codeOf(`var a = 1; ${'if (a) { '.repeat(200)}${'} '.repeat(200)}`)).toBe(12);
  });
});

describe('VKScript subset: hostile strings stay strings', () => {
  const hostile = [
    '"; return API.wall.get({}); "',
    '\\"}); API.storage.set({"key": "x"}); ({"',
    '</script><script>alert(1)</script>',
    '{"owner_id": -1}',
    'API.wall.get({})',
    '\u0000\u2028\u2029',
    '\\',
    '"',
    "'; DROP TABLE users; --",
    '${process.exit()}',
    'Иван "Ёж" \\ Петров',
    '😀 \ud83d',
  ];
  for (const text of hostile) {
    it(`keeps ${JSON.stringify(text)} as data`, () => {
      const literal = JSON.stringify(text);
      const out = run(
        `var s = ${literal}; var o = {${literal}: s}; return API.storage.set({"key": "k", "value": s, ${literal}: [s]});`,
      );
      expect(out.calls).toHaveLength(1);
      expect(out.calls[0]?.params['value']).toBe(text);
      expect(out.calls[0]?.params[text]).toBe(text);
      expect(run(`var s = ${literal}; return {${literal}: s};`).response).toEqual({ [text]: text });
    });
  }
});

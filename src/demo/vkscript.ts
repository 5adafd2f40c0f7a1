// An interpreter of exactly the VKScript subset in docs/vkscript-subset.md: tokenizer, parser (with a
// static check that every variable is declared before use) and evaluator. Anything outside the subset
// is error 12, as VK answers for code it cannot compile; more than 25 API calls is error 13.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ExecuteError {
  method: string;
  error_code: number;
  error_msg: string;
}

/** What one API call inside the script returned. */
export type CallResult = { ok: true; value: unknown } | { ok: false; code: number; msg: string };
export type ApiCaller = (method: string, params: Record<string, string>) => CallResult;

export const EXECUTE_MAX_CALLS = 25;
const MAX_DEPTH = 64;

export class VkScriptError extends Error {
  override readonly name = 'VkScriptError';
  constructor(
    readonly code: 12 | 13,
    message: string,
  ) {
    super(message);
  }
}

const compileError = (why: string) => new VkScriptError(12, `Unable to compile code: ${why}`);

type Token = { k: 'id' | 'str' | 'num' | 'p'; v: string; pos: number };

const PUNCT = new Set(['{', '}', '[', ']', '(', ')', ',', ':', ';', '=', '.']);
const ID_START = /[A-Za-z_]/;
const ID_CHAR = /[A-Za-z0-9_]/;
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/;
const KEYWORDS = new Set(['var', 'if', 'return', 'true', 'false', 'null', 'API']);

function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < code.length) {
    const c = code.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '@') {
      if (code.charAt(i + 1) !== '.') throw compileError(`unexpected "@" at ${i}`);
      tokens.push({ k: 'p', v: '@.', pos: i });
      i += 2;
    } else if (PUNCT.has(c)) {
      tokens.push({ k: 'p', v: c, pos: i });
      i++;
    } else if (c === '"') {
      const end = scanString(code, i);
      tokens.push({ k: 'str', v: code.slice(i, end), pos: i });
      i = end;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      const m = NUMBER.exec(code.slice(i, i + 400));
      if (!m) throw compileError(`bad number at ${i}`);
      const after = code.charAt(i + m[0].length);
      if (after && (ID_CHAR.test(after) || after === '.')) throw compileError(`bad number at ${i}`);
      tokens.push({ k: 'num', v: m[0], pos: i });
      i += m[0].length;
    } else if (ID_START.test(c)) {
      let j = i + 1;
      while (j < code.length && ID_CHAR.test(code.charAt(j))) j++;
      tokens.push({ k: 'id', v: code.slice(i, j), pos: i });
      i = j;
    } else {
      throw compileError(`unexpected character at ${i}`);
    }
  }
  return tokens;
}

/** Returns the index after the closing quote of a JSON string literal starting at `start`. */
function scanString(code: string, start: number): number {
  let i = start + 1;
  while (i < code.length) {
    const c = code.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) throw compileError(`control character in string at ${i}`);
    if (c === 0x5c) {
      const e = code.charAt(i + 1);
      if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
      else if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(code.slice(i + 2, i + 6))) i += 6;
      else throw compileError(`bad escape in string at ${i}`);
    } else {
      i++;
    }
  }
  throw compileError(`unterminated string at ${start}`);
}

type Step = { pluck: boolean; field: string };
type Expr =
  | { t: 'lit'; v: Json }
  | { t: 'obj'; entries: [string, Expr][] }
  | { t: 'arr'; items: Expr[] }
  | { t: 'call'; method: string; arg: Expr | null }
  | { t: 'path'; name: string; steps: Step[] };
type Stmt =
  | { t: 'var' | 'set'; name: string; expr: Expr }
  | { t: 'if'; name: string; body: Stmt[] }
  | { t: 'return'; expr: Expr };

export interface Program {
  body: Stmt[];
}

class Parser {
  private i = 0;
  private readonly declared = new Set<string>();
  constructor(private readonly tokens: Token[]) {}

  program(): Program {
    const body: Stmt[] = [];
    while (this.i < this.tokens.length) body.push(this.statement(0));
    return { body };
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw compileError('unexpected end of code');
    return t;
  }

  private expect(v: string): void {
    const t = this.next();
    if (t.k !== 'p' || t.v !== v) throw compileError(`expected "${v}" at ${t.pos}`);
  }

  private ident(): Token {
    const t = this.next();
    if (t.k !== 'id') throw compileError(`expected a name at ${t.pos}`);
    return t;
  }

  private variable(): string {
    const t = this.ident();
    if (KEYWORDS.has(t.v)) throw compileError(`unexpected "${t.v}" at ${t.pos}`);
    return t.v;
  }

  private known(name: string, pos: number): string {
    if (!this.declared.has(name)) throw compileError(`unknown identifier "${name}" at ${pos}`);
    return name;
  }

  private statement(depth: number): Stmt {
    if (depth > MAX_DEPTH) throw compileError('nesting too deep');
    const t = this.next();
    if (t.k !== 'id') throw compileError(`expected a statement at ${t.pos}`);
    if (t.v === 'var') {
      const name = this.variable();
      this.expect('=');
      const expr = this.expr(depth);
      this.expect(';');
      this.declared.add(name);
      return { t: 'var', name, expr };
    }
    if (t.v === 'if') {
      this.expect('(');
      const cond = this.ident();
      if (KEYWORDS.has(cond.v)) throw compileError(`unexpected "${cond.v}" at ${cond.pos}`);
      const name = this.known(cond.v, cond.pos);
      this.expect(')');
      this.expect('{');
      const body: Stmt[] = [];
      while (!this.isPunct('}')) body.push(this.statement(depth + 1));
      this.expect('}');
      return { t: 'if', name, body };
    }
    if (t.v === 'return') {
      const expr = this.expr(depth);
      this.expect(';');
      return { t: 'return', expr };
    }
    if (KEYWORDS.has(t.v)) throw compileError(`unexpected "${t.v}" at ${t.pos}`);
    this.known(t.v, t.pos);
    this.expect('=');
    const expr = this.expr(depth);
    this.expect(';');
    return { t: 'set', name: t.v, expr };
  }

  private isPunct(v: string): boolean {
    const t = this.peek();
    return t !== undefined && t.k === 'p' && t.v === v;
  }

  private expr(depth: number): Expr {
    if (depth > MAX_DEPTH) throw compileError('nesting too deep');
    const t = this.next();
    if (t.k === 'str') return { t: 'lit', v: JSON.parse(t.v) as string };
    if (t.k === 'num') {
      const v = Number(t.v);
      if (!Number.isFinite(v)) throw compileError(`number out of range at ${t.pos}`);
      return { t: 'lit', v };
    }
    if (t.k === 'p' && t.v === '{') return this.object(depth);
    if (t.k === 'p' && t.v === '[') return this.array(depth);
    if (t.k !== 'id') throw compileError(`unexpected "${t.v}" at ${t.pos}`);
    if (t.v === 'true' || t.v === 'false') return { t: 'lit', v: t.v === 'true' };
    if (t.v === 'null') return { t: 'lit', v: null };
    if (t.v === 'API') return this.call(depth);
    if (KEYWORDS.has(t.v)) throw compileError(`unexpected "${t.v}" at ${t.pos}`);
    const steps: Step[] = [];
    while (this.isPunct('.') || this.isPunct('@.')) {
      const pluck = this.next().v === '@.';
      steps.push({ pluck, field: this.ident().v });
    }
    return { t: 'path', name: this.known(t.v, t.pos), steps };
  }

  private call(depth: number): Expr {
    this.expect('.');
    const section = this.ident().v;
    this.expect('.');
    const name = this.ident().v;
    this.expect('(');
    let arg: Expr | null = null;
    if (!this.isPunct(')')) {
      this.expect('{');
      arg = this.object(depth + 1);
    }
    this.expect(')');
    return { t: 'call', method: `${section}.${name}`, arg };
  }

  /** After "{". */
  private object(depth: number): Expr {
    const entries: [string, Expr][] = [];
    if (!this.isPunct('}')) {
      for (;;) {
        const key = this.next();
        if (key.k !== 'str') throw compileError(`expected a string key at ${key.pos}`);
        this.expect(':');
        entries.push([JSON.parse(key.v) as string, this.expr(depth + 1)]);
        if (!this.isPunct(',')) break;
        this.next();
      }
    }
    this.expect('}');
    return { t: 'obj', entries };
  }

  /** After "[". */
  private array(depth: number): Expr {
    const items: Expr[] = [];
    if (!this.isPunct(']')) {
      for (;;) {
        items.push(this.expr(depth + 1));
        if (!this.isPunct(',')) break;
        this.next();
      }
    }
    this.expect(']');
    return { t: 'arr', items };
  }
}

/** Parses a script; throws VkScriptError(12) for anything outside the subset. */
export function compileVkScript(code: string): Program {
  return new Parser(tokenize(code)).program();
}

type Obj = { [key: string]: Json };

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own properties only: "__proto__", "constructor" and friends read as missing. */
function field(v: unknown, name: string): Json {
  return isObj(v) && Object.prototype.hasOwnProperty.call(v, name) ? (v[name] ?? null) : null;
}

function setOwn(o: Obj, key: string, value: Json): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

export function truthy(v: Json): boolean {
  return v !== false && v !== null && v !== 0 && v !== '';
}

function paramValue(v: Json): string | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(',');
  return JSON.stringify(v);
}

class Runner {
  private calls = 0;
  readonly errors: ExecuteError[] = [];
  private readonly vars = new Map<string, Json>();
  constructor(private readonly api: ApiCaller) {}

  run(body: Stmt[]): { done: boolean; value: Json } {
    for (const s of body) {
      if (s.t === 'var' || s.t === 'set') {
        this.vars.set(s.name, this.eval(s.expr));
      } else if (s.t === 'if') {
        // A variable declared later in the text but not yet assigned reads as null.
        if (truthy(this.vars.get(s.name) ?? null)) {
          const r = this.run(s.body);
          if (r.done) return r;
        }
      } else {
        return { done: true, value: this.eval(s.expr) };
      }
    }
    return { done: false, value: null };
  }

  private eval(e: Expr): Json {
    switch (e.t) {
      case 'lit':
        return e.v;
      case 'arr':
        return e.items.map((x) => this.eval(x));
      case 'obj': {
        const o: Obj = {};
        for (const [k, x] of e.entries) setOwn(o, k, this.eval(x));
        return o;
      }
      case 'path': {
        let v: Json = this.vars.get(e.name) ?? null;
        for (const step of e.steps) {
          if (!step.pluck) v = field(v, step.field);
          else v = Array.isArray(v) ? v.map((item) => field(item, step.field)) : null;
        }
        return v;
      }
      case 'call':
        return this.call(e.method, e.arg ? this.eval(e.arg) : null);
    }
  }

  private call(method: string, arg: Json): Json {
    this.calls += 1;
    if (this.calls > EXECUTE_MAX_CALLS) {
      throw new VkScriptError(13, 'Runtime error occurred during code invocation: Too many API calls');
    }
    const params: Record<string, string> = {};
    if (isObj(arg)) {
      for (const [k, v] of Object.entries(arg)) {
        const value = paramValue(v);
        if (value !== null) params[k] = value;
      }
    }
    const result = this.api(method, params);
    if (result.ok) return (result.value ?? null) as Json;
    this.errors.push({ method, error_code: result.code, error_msg: result.msg });
    return false;
  }
}

/**
 * Compiles and runs a script. Returns the value of `return` (null without one) and the errors of the
 * calls that failed, in call order. Throws VkScriptError: 12 for code outside the subset, 13 for a
 * 26th API call.
 */
export function runVkScript(code: string, api: ApiCaller): { response: Json; executeErrors: ExecuteError[] } {
  const program = compileVkScript(code);
  const runner = new Runner(api);
  const { value } = runner.run(program.body);
  return { response: value, executeErrors: runner.errors };
}

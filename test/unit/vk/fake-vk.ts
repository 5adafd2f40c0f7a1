// A small fake of VK for the adapter's unit tests: a bridge that answers VKWebAppCallAPIMethod by
// running method handlers (and `execute` scripts, through a tiny interpreter of the subset in
// docs/vkscript-subset.md), hands out tokens, and keeps VK Storage in memory. Deliberately independent
// of src/demo, so the adapter is tested against the contract, not against another implementation.
import type { BridgeLike, BridgeListener } from '../../../src/vk/bridge-like';
import type { Clock } from '../../../src/vk/clock';

export class FakeApiError extends Error {
  constructor(
    readonly code: number,
    readonly msg: string,
  ) {
    super(msg);
  }
}

export type Handler = (params: Record<string, string>, ctx: { token: string }) => unknown;

export interface SentRequest {
  method: string;
  /** Params without access_token and v. */
  params: Record<string, string | number>;
  token: string;
  v: string;
  at: number;
  requestId: unknown;
}

/** A failure of the whole next request, planned by a test. */
export type PlannedFailure =
  { type: 'api'; code: number; msg?: string } | { type: 'client'; reason?: string };

// ---------------------------------------------------------------- VKScript subset interpreter

type Token =
  | { t: 'ident'; v: string }
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'punct'; v: string };

class CompileError extends Error {}

function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < code.length && code[j] !== '"') j += code[j] === '\\' ? 2 : 1;
      if (j >= code.length) throw new CompileError('unterminated string');
      const raw = code.slice(i, j + 1);
      try {
        tokens.push({ t: 'string', v: JSON.parse(raw) as string });
      } catch {
        throw new CompileError(`bad string ${raw}`);
      }
      i = j + 1;
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(code.slice(i));
      if (!m) throw new CompileError('bad number');
      tokens.push({ t: 'number', v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(code.slice(i))!;
      tokens.push({ t: 'ident', v: m[0] });
      i += m[0].length;
    } else if (code.startsWith('@.', i)) {
      tokens.push({ t: 'punct', v: '@.' });
      i += 2;
    } else if ('{}()[],:;=.'.includes(c)) {
      tokens.push({ t: 'punct', v: c });
      i += 1;
    } else {
      throw new CompileError(`unexpected ${c}`);
    }
  }
  return tokens;
}

type Expr =
  | { k: 'lit'; v: unknown }
  | { k: 'obj'; entries: [string, Expr][] }
  | { k: 'arr'; items: Expr[] }
  | { k: 'call'; method: string; args: [string, Expr][] }
  | { k: 'path'; root: string; steps: { pluck: boolean; name: string }[] };
type Stmt =
  | { k: 'assign'; name: string; declare: boolean; expr: Expr }
  | { k: 'if'; name: string; body: Stmt[] }
  | { k: 'return'; expr: Expr };

function parse(tokens: Token[]): Stmt[] {
  let p = 0;
  const peek = () => tokens[p];
  const next = () => {
    const tok = tokens[p++];
    if (!tok) throw new CompileError('unexpected end');
    return tok;
  };
  const expect = (v: string) => {
    const tok = next();
    if (tok.t !== 'punct' || tok.v !== v) throw new CompileError(`expected ${v}`);
  };
  const ident = () => {
    const tok = next();
    if (tok.t !== 'ident') throw new CompileError('expected identifier');
    return tok.v;
  };
  const isPunct = (v: string) => peek()?.t === 'punct' && peek()?.v === v;

  function objectEntries(): [string, Expr][] {
    expect('{');
    const entries: [string, Expr][] = [];
    while (!isPunct('}')) {
      if (entries.length > 0) expect(',');
      const key = next();
      if (key.t !== 'string') throw new CompileError('object keys are strings');
      expect(':');
      entries.push([key.v, expr()]);
    }
    expect('}');
    return entries;
  }

  function expr(): Expr {
    const tok = peek();
    if (!tok) throw new CompileError('unexpected end');
    if (tok.t === 'punct' && tok.v === '{') return { k: 'obj', entries: objectEntries() };
    if (tok.t === 'punct' && tok.v === '[') {
      next();
      const items: Expr[] = [];
      while (!isPunct(']')) {
        if (items.length > 0) expect(',');
        items.push(expr());
      }
      expect(']');
      return { k: 'arr', items };
    }
    if (tok.t === 'string' || tok.t === 'number') {
      next();
      return { k: 'lit', v: tok.v };
    }
    const name = ident();
    if (name === 'true' || name === 'false') return { k: 'lit', v: name === 'true' };
    if (name === 'null') return { k: 'lit', v: null };
    if (name === 'API') {
      expect('.');
      const section = ident();
      expect('.');
      const method = ident();
      expect('(');
      const args = isPunct('{') ? objectEntries() : [];
      expect(')');
      return { k: 'call', method: `${section}.${method}`, args };
    }
    const steps: { pluck: boolean; name: string }[] = [];
    while (isPunct('.') || isPunct('@.')) {
      const pluck = (next() as { v: string }).v === '@.';
      steps.push({ pluck, name: ident() });
    }
    return { k: 'path', root: name, steps };
  }

  function statement(): Stmt {
    const first = ident();
    if (first === 'return') {
      const e = expr();
      expect(';');
      return { k: 'return', expr: e };
    }
    if (first === 'if') {
      expect('(');
      const name = ident();
      expect(')');
      expect('{');
      const body: Stmt[] = [];
      while (!isPunct('}')) body.push(statement());
      expect('}');
      return { k: 'if', name, body };
    }
    const declare = first === 'var';
    const name = declare ? ident() : first;
    expect('=');
    const e = expr();
    expect(';');
    return { k: 'assign', name, declare, expr: e };
  }

  const program: Stmt[] = [];
  while (p < tokens.length) program.push(statement());
  return program;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function field(v: unknown, name: string): unknown {
  return isObject(v) && name in v ? (v[name] ?? null) : null;
}
function truthy(v: unknown): boolean {
  return v !== false && v !== null && v !== 0 && v !== '' && v !== undefined;
}

export interface ScriptResult {
  response: unknown;
  execute_errors?: { method: string; error_code: number; error_msg: string }[];
}

/** Runs a script; throws FakeApiError(12) for code outside the subset, (13) beyond 25 calls. */
export function runScript(
  code: string,
  callMethod: (method: string, params: Record<string, string>) => unknown,
): ScriptResult {
  let program: Stmt[];
  try {
    program = parse(tokenize(code));
  } catch (err) {
    throw new FakeApiError(12, `Unable to compile code: ${(err as Error).message}`);
  }
  const env = new Map<string, unknown>();
  const errors: { method: string; error_code: number; error_msg: string }[] = [];
  let calls = 0;
  const evaluate = (e: Expr): unknown => {
    switch (e.k) {
      case 'lit':
        return e.v;
      case 'arr':
        return e.items.map(evaluate);
      case 'obj':
        return Object.fromEntries(e.entries.map(([key, value]) => [key, evaluate(value)]));
      case 'call': {
        calls += 1;
        if (calls > 25) throw new FakeApiError(13, 'Runtime error: too many API calls');
        const params = Object.fromEntries(
          e.args.map(([key, value]) => {
            const v = evaluate(value);
            return [key, Array.isArray(v) ? v.join(',') : String(v)];
          }),
        );
        try {
          return callMethod(e.method, params);
        } catch (err) {
          if (!(err instanceof FakeApiError)) throw err;
          errors.push({ method: e.method, error_code: err.code, error_msg: err.msg });
          return false;
        }
      }
      case 'path': {
        if (!env.has(e.root)) throw new FakeApiError(12, `Unknown identifier ${e.root}`);
        let v = env.get(e.root);
        for (const step of e.steps) {
          v = step.pluck
            ? Array.isArray(v)
              ? v.map((el) => field(el, step.name))
              : null
            : field(v, step.name);
        }
        return v;
      }
    }
  };
  const run = (stmts: Stmt[]): { returned: boolean; value: unknown } => {
    for (const s of stmts) {
      if (s.k === 'return') return { returned: true, value: evaluate(s.expr) };
      if (s.k === 'assign') {
        if (!s.declare && !env.has(s.name)) throw new FakeApiError(12, `Unknown identifier ${s.name}`);
        env.set(s.name, evaluate(s.expr));
      } else {
        if (!env.has(s.name)) throw new FakeApiError(12, `Unknown identifier ${s.name}`);
        if (truthy(env.get(s.name))) {
          const inner = run(s.body);
          if (inner.returned) return inner;
        }
      }
    }
    return { returned: false, value: null };
  };
  const { value } = run(program);
  return errors.length > 0 ? { response: value, execute_errors: errors } : { response: value };
}

// ---------------------------------------------------------------- the fake bridge

export interface FakeVkOptions {
  clock: Clock;
  handlers?: Record<string, Handler>;
}

export class FakeVk {
  readonly clock: Clock;
  readonly handlers: Record<string, Handler>;
  readonly requests: SentRequest[] = [];
  readonly bridgeCalls: { method: string; props: Record<string, unknown> }[] = [];
  /** Failures for the next whole API requests, consumed in order. */
  readonly plannedFailures: PlannedFailure[] = [];
  /** User storage (VKWebAppStorage*). */
  readonly storage = new Map<string, string>();
  /** Changes what VKWebAppStorageSet stores (to simulate a value VK mangled). */
  storageSetFilter: ((key: string, value: string) => string) | null = null;
  /** Answers token dialogs: return the scopes to grant, or null to refuse. Default: grant what was asked. */
  grantScopes: (requested: string[], kind: 'user' | 'community') => string[] | null = (requested) =>
    requested;
  /** Whether the token answer carries `scope`. */
  answerWithScope = true;
  private tokensIssued = 0;

  constructor(options: FakeVkOptions) {
    this.clock = options.clock;
    this.handlers = { ...options.handlers };
  }

  /** Tokens look like real ones so a leak would be recognisable. */
  issueToken(kind: 'user' | 'community'): string {
    this.tokensIssued += 1;
    return `fake-token.SECRET_${kind}_${this.tokensIssued}_xYz`;
  }

  get executeRequests(): SentRequest[] {
    return this.requests.filter((r) => r.method === 'execute');
  }

  readonly bridge: BridgeLike = {
    send: (method, props = {}) => this.send(method, props),
    subscribe: (_listener: BridgeListener) => undefined,
    unsubscribe: (_listener: BridgeListener) => undefined,
  };

  private callMethod(method: string, params: Record<string, string>, token: string): unknown {
    const handler = this.handlers[method];
    if (!handler) throw new FakeApiError(3, `Unknown method passed: ${method}`);
    return handler(params, { token });
  }

  private async send(method: string, props: Record<string, unknown>): Promise<unknown> {
    await Promise.resolve();
    this.bridgeCalls.push({ method, props });
    switch (method) {
      case 'VKWebAppCallAPIMethod':
        return this.callApi(props);
      case 'VKWebAppGetAuthToken':
      case 'VKWebAppGetCommunityToken': {
        const kind = method === 'VKWebAppGetAuthToken' ? 'user' : 'community';
        const requested = String(props['scope'] ?? '')
          .split(',')
          .filter(Boolean);
        const granted = this.grantScopes(requested, kind);
        if (granted === null) {
          throw { error_type: 'client_error', error_data: { error_code: 4, error_reason: 'User denied' } };
        }
        const answer: Record<string, unknown> = { access_token: this.issueToken(kind) };
        if (this.answerWithScope) answer['scope'] = granted.join(',');
        return answer;
      }
      case 'VKWebAppStorageGet': {
        const keys = props['keys'] as string[];
        return { keys: keys.map((key) => ({ key, value: this.storage.get(key) ?? '' })) };
      }
      case 'VKWebAppStorageSet': {
        const key = String(props['key']);
        let value = String(props['value']);
        if (this.storageSetFilter) value = this.storageSetFilter(key, value);
        value = truncateUtf8(value, 4096); // what VK keeps
        if (value === '') this.storage.delete(key);
        else this.storage.set(key, value);
        return { result: true };
      }
      default:
        throw {
          error_type: 'client_error',
          error_data: { error_code: 6, error_reason: `Unsupported ${method}` },
        };
    }
  }

  private callApi(props: Record<string, unknown>): unknown {
    const method = String(props['method']);
    const { access_token: token, v, ...params } = props['params'] as Record<string, string | number>;
    this.requests.push({
      method,
      params,
      token: String(token),
      v: String(v),
      at: this.clock.now(),
      requestId: props['request_id'],
    });
    const planned = this.plannedFailures.shift();
    if (planned?.type === 'client') {
      throw {
        error_type: 'client_error',
        error_data: { error_code: 1, error_reason: planned.reason ?? 'Network error' },
      };
    }
    try {
      if (planned?.type === 'api')
        throw new FakeApiError(planned.code, planned.msg ?? `Planned error ${planned.code}`);
      const stringParams = Object.fromEntries(
        Object.entries(params).map(([key, value]) => [key, String(value)]),
      );
      if (method === 'execute') {
        return runScript(stringParams['code'] ?? '', (m, p) => this.callMethod(m, p, String(token)));
      }
      return { response: this.callMethod(method, stringParams, String(token)) };
    } catch (err) {
      if (!(err instanceof FakeApiError)) throw err;
      throw {
        error_type: 'api_error',
        error_data: {
          error_code: err.code,
          error_msg: err.msg,
          request_params: [
            { key: 'method', value: method },
            { key: 'v', value: String(v) },
          ],
        },
      };
    }
  }
}

export function truncateUtf8(value: string, maxBytes: number): string {
  const bytes = new TextEncoder().encode(value);
  if (bytes.length <= maxBytes) return value;
  return new TextDecoder().decode(bytes.slice(0, maxBytes)).replace(/\uFFFD$/, '');
}

/** A fixed token source for tests that are not about tokens; records what the client forgets. */
export function fixedTokens() {
  const forgotten: string[] = [];
  return {
    user: 'fake-token.SECRET_fixed_user_token',
    community: 'fake-token.SECRET_fixed_community_token',
    forgotten,
    getUserToken: () => Promise.resolve('fake-token.SECRET_fixed_user_token'),
    getCommunityToken: () => Promise.resolve('fake-token.SECRET_fixed_community_token'),
    forget: (token: string) => void forgotten.push(token),
  };
}

/** Largest number of starts inside any half-open window [t, t + windowMs). */
export function maxInWindow(starts: readonly number[], windowMs: number): number {
  let max = 0;
  for (const t of starts) max = Math.max(max, starts.filter((s) => s >= t && s < t + windowMs).length);
  return max;
}

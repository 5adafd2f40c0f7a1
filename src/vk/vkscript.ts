// Generates the `execute` script for a batch of calls, using only the subset in docs/vkscript-subset.md.
// Every value enters the script as a JSON literal (JSON.stringify), so quotes, backslashes and newlines
// in a parameter can never end the string and become code.
import { assertValidPick, type ResponsePick } from './pick';
import type { WireParams } from './transport';

/** A parameter value as callers give it; arrays are joined with commas, booleans become 1/0. */
export type ParamValue = string | number | boolean | readonly (string | number)[];
export type CallParams = Readonly<Record<string, ParamValue | undefined>>;

export interface ScriptCall {
  method: string;
  params: WireParams;
  pick?: ResponsePick | undefined;
}

const METHOD = /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Set by the transport only: a caller passing them is a bug (and a way to leak or swap a token). */
const RESERVED_PARAMS = new Set(['access_token', 'v']);

export function assertValidMethod(method: string): void {
  if (method !== 'execute' && !METHOD.test(method))
    throw new TypeError(`Invalid VK method name: ${JSON.stringify(method)}`);
}

function finite(value: number, name: string): number {
  if (!Number.isFinite(value)) throw new TypeError(`Parameter ${name} is not a finite number`);
  return value;
}

/** Caller params → wire params: skips undefined, booleans to 1/0, arrays joined with commas. */
export function normalizeParams(params: CallParams | undefined): WireParams {
  const out: WireParams = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value === undefined) continue;
    if (!PARAM_NAME.test(name) || RESERVED_PARAMS.has(name)) {
      throw new TypeError(`Invalid or reserved parameter name: ${JSON.stringify(name)}`);
    }
    if (typeof value === 'boolean') out[name] = value ? 1 : 0;
    else if (typeof value === 'number') out[name] = finite(value, name);
    else if (typeof value === 'string') out[name] = value;
    else
      out[name] = value
        .map((item) => (typeof item === 'number' ? String(finite(item, name)) : item))
        .join(',');
  }
  return out;
}

function literal(value: string | number): string {
  return JSON.stringify(value);
}

function objectLiteral(params: WireParams): string {
  const entries = Object.entries(params).map(([name, value]) => `${literal(name)}: ${literal(value)}`);
  return `{${entries.join(', ')}}`;
}

/** `{"count": r0.count, "items": {"id": r0.items@.id}}` */
function pickLiteral(variable: string, pick: ResponsePick): string {
  const entries = Object.entries(pick).map(([field, spec]) => {
    if (spec === true) return `${literal(field)}: ${variable}.${field}`;
    const columns = spec.map((name) => `${literal(name)}: ${variable}.${field}@.${name}`);
    return `${literal(field)}: {${columns.join(', ')}}`;
  });
  return `{${entries.join(', ')}}`;
}

/** One script for the batch: `var rN = API.m.n({...});`, an optional projection, `return [r0, …];`. */
export function buildExecuteScript(calls: readonly ScriptCall[]): string {
  const lines: string[] = [];
  calls.forEach((call, i) => {
    if (!METHOD.test(call.method)) throw new TypeError(`Cannot batch method ${JSON.stringify(call.method)}`);
    const variable = `r${i}`;
    lines.push(`var ${variable} = API.${call.method}(${objectLiteral(call.params)});`);
    if (call.pick) assertValidPick(call.pick);
    if (call.pick) lines.push(`if (${variable}) { ${variable} = ${pickLiteral(variable, call.pick)}; }`);
  });
  lines.push(`return [${calls.map((_, i) => `r${i}`).join(', ')}];`);
  return lines.join('\n');
}

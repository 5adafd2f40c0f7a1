// Turns zod issues into one-line messages that say where and what: `walls["101"][3].date: expected
// a number, got a string`. For the report CLI's stderr, which must never show a stack trace.

import type { z } from 'zod/mini';
import './zod-english';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A JS-like path: groups[0].cover.enabled, walls["101"][3].date. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment))
      out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out === '' ? '(root)' : out;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string')
    return `a string (${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)})`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  record: 'an object',
};

export function formatIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    if (issue.input === undefined) return `${where}: missing (expected ${expected})`;
    return `${where}: expected ${expected}, got ${describeValue(issue.input)}`;
  }
  // A bad record key: zod nests the key's own issue, which says what a key should be.
  if (issue.code === 'invalid_key' && issue.issues[0]) return `${where}: ${issue.issues[0].message}`;
  const message = issue.message.replace(/^Invalid input: /, '');
  return `${where}: ${message}`;
}

/**
 * A union whose input has the shape of exactly one of its options (e.g. an array where the options
 * are an array and an object) reports that option's issues, which say where inside it is wrong; any
 * other union failure stays one issue.
 */
function expandUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue];
    const shaped = issue.errors.filter((option) => !option.some(isShapeMismatch));
    if (shaped.length !== 1) return [issue];
    return expandUnions(shaped[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
  });
}

/** The option refused the value as a whole: another type, or another literal. */
function isShapeMismatch(issue: z.core.$ZodIssue): boolean {
  return issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
}

/** The first few issues, one per line (a broken file can have thousands). */
export function formatIssues(found: readonly z.core.$ZodIssue[], limit = 10): string {
  const issues = expandUnions(found);
  const lines = issues.slice(0, limit).map(formatIssue);
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more`);
  return lines.join('\n');
}

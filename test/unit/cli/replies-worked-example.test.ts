// The worked example of docs/replies.md: the doc's command over the doc's snapshot must print exactly
// the doc's `replies`, so the doc cannot drift from the code.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run';

const DOC = readFileSync(resolve(import.meta.dirname, '../../../docs/replies.md'), 'utf8');

/** The fenced block right after `<!-- replies-example:<name> -->`. */
function block(name: string): string {
  const match = new RegExp(`<!-- replies-example:${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(DOC);
  if (!match) throw new Error(`docs/replies.md has no replies-example:${name} block`);
  return match[1]!;
}

describe('docs/replies.md worked example', () => {
  const argv = block('command').trim().split(' -- ')[1]!.split(/\s+/);
  const file = argv[argv.indexOf('--snapshot') + 1]!;
  const result = run(argv, { [file]: block('snapshot') });

  it('runs the doc’s command with --replies', () => {
    expect(argv).toContain('--replies');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('prints exactly the doc’s replies, to the key order', () => {
    const replies = result.json().communities[0].replies;
    expect(replies).toEqual(JSON.parse(block('output')));
    expect(JSON.stringify(replies, null, 2)).toBe(block('output').trim());
  });
});

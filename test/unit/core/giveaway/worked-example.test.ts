// The worked example in docs/giveaway.md must be what the code computes.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, exampleValues } from './worked-example';

const DOC = resolve(import.meta.dirname, '../../../../docs/giveaway.md');

function docValues(): Record<string, string> {
  const text = readFileSync(DOC, 'utf8');
  const block = /<!-- worked-example:begin -->\s*```text\n([\s\S]*?)```\s*<!-- worked-example:end -->/.exec(
    text,
  );
  if (!block) throw new Error('docs/giveaway.md has no worked-example block');
  return Object.fromEntries(
    block[1]!
      .trim()
      .split('\n')
      .map((line) => {
        const [key, value] = line.split(/\s+/);
        return [key!, value!];
      }),
  );
}

describe('docs/giveaway.md worked example', () => {
  it('quotes exactly the values the code computes', () => {
    expect(docValues()).toEqual(exampleValues());
  });

  it('has 10 participants, 2 winners and 1 reserve', () => {
    expect(EXAMPLE.participants).toHaveLength(10);
    const values = exampleValues();
    expect(values.winners!.split(',')).toHaveLength(2);
    expect(values.reserves!.split(',')).toHaveLength(1);
  });

  it('explains the first picks with the quoted stream words', () => {
    const text = readFileSync(DOC, 'utf8');
    const [u0, u1, u2] = exampleValues().u!.split(',').map(Number);
    expect(text).toContain(`n = 10: ${u0} mod 10 = ${u0! % 10}`);
    expect(text).toContain(`n = 9: ${u1} mod 9 = ${u1! % 9}`);
    expect(text).toContain(`n = 8: ${u2} mod 8 = ${u2! % 8}`);
  });
});

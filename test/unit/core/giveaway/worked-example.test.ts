// The worked example in docs/giveaway.md must be what the code computes.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitmentOf } from '../../../../src/core/giveaway/draw';
import { verifyDrawFile } from '../../../../src/core/giveaway/verify';
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

describe('docs/giveaway.md timing example', () => {
  /** The two text blocks between the timing markers: name → JSON, inputs then outputs. */
  function timingBlocks(): [Map<string, string>, Map<string, string>] {
    const text = readFileSync(DOC, 'utf8');
    const section = /<!-- timing-example:begin -->([\s\S]*?)<!-- timing-example:end -->/.exec(text);
    if (!section) throw new Error('docs/giveaway.md has no timing-example block');
    const blocks = [...section[1]!.matchAll(/```text\n([\s\S]*?)```/g)].map(
      (m) =>
        new Map(
          m[1]!
            .trim()
            .split('\n')
            .map((line) => {
              const [, name, json] = /^(\S+)\s+(.*)$/.exec(line)!;
              return [name!, json!] as const;
            }),
        ),
    );
    if (blocks.length !== 2) throw new Error('expected an input block and an output block');
    return [blocks[0]!, blocks[1]!];
  }

  it('quotes exactly what the verifier prints for each set of times', () => {
    const [inputs, outputs] = timingBlocks();
    expect([...inputs.keys()]).toEqual(['honest', 'steered', 'early']);
    expect([...outputs.keys()]).toEqual([...inputs.keys()]);
    const file = {
      commitment: commitmentOf(EXAMPLE.secret),
      secret: EXAMPLE.secret,
      postId: EXAMPLE.postId,
      participants: EXAMPLE.participants,
      winners: EXAMPLE.winners,
      reserves: EXAMPLE.reserves,
    };
    for (const [name, times] of inputs) {
      expect(JSON.stringify(verifyDrawFile({ ...file, ...JSON.parse(times) })), name).toBe(outputs.get(name));
    }
  });

  it('describes the steered times as the attack: an 11-day-old post, 2 minutes before the draw', () => {
    const [inputs] = timingBlocks();
    const steered = JSON.parse(inputs.get('steered')!);
    expect(steered.drawAt - steered.announcedAt).toBe(11 * 86_400);
    expect(steered.drawAt - steered.committedAt).toBe(120);
  });
});

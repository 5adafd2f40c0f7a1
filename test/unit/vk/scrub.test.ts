// scrub() removes the token in every form a server or a library may have turned it into.
import { describe, expect, it } from 'vitest';

import { scrub } from '../../../src/vk/scrub';
import { bridgeErrorToVkError } from '../../../src/vk/transport';

// A made-up token in VK's shape, joined at run time so secret scanners do not take it for a real one.
const TOKEN = ['vk1', 'a', 'Fake_Test_Token-0123456789abcXYZ'].join('.');

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const percentAll = (text: string) =>
  Array.from(Buffer.from(text, 'utf8'), (b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** The token's base64 at each alignment a longer text may give it, less the edge characters. */
const base64Middles = [0, 1, 2].flatMap((shift) => {
  const encoded = Buffer.concat([Buffer.alloc(shift), Buffer.from(TOKEN)]).toString('base64');
  const middle = encoded.slice(4, -4);
  return [middle, middle.replace(/\+/g, '-').replace(/\//g, '_')];
});

/** What must not survive: the token, any case, percent-encoded, and any of its base64 forms. */
function expectClean(text: string) {
  expect(text.toLowerCase()).not.toContain(TOKEN.toLowerCase());
  expect(text.toLowerCase()).not.toContain(encodeURIComponent(TOKEN).toLowerCase());
  expect(text.toLowerCase()).not.toContain(percentAll(TOKEN).slice(3, -3));
  for (const middle of base64Middles) expect(text).not.toContain(middle);
  expect(text).toContain('***');
}

describe('scrub', () => {
  it.each([
    ['as is', TOKEN],
    ['upper-cased', TOKEN.toUpperCase()],
    ['lower-cased', TOKEN.toLowerCase()],
    ['URL-encoded (encodeURIComponent)', encodeURIComponent(TOKEN)],
    ['every byte percent-encoded, lower hex', percentAll(TOKEN)],
    ['every byte percent-encoded, upper hex', percentAll(TOKEN).toUpperCase()],
    ['URL-encoded twice', encodeURIComponent(percentAll(TOKEN))],
    ['base64', base64(TOKEN)],
    ['base64url', base64url(TOKEN)],
    ['base64 inside a longer base64 text (offset 1)', base64(`a${TOKEN}tail`)],
    ['base64 inside a longer base64 text (offset 2)', base64(`ab${TOKEN}tail`)],
    ['base64 of a query string', base64(`access_token=${TOKEN}&v=5.199`)],
  ])('%s', (_, form) => {
    const text = `Invalid request: access_token ${form} is wrong`;
    const out = scrub(text, TOKEN);
    expectClean(out);
    expect(out).toMatch(/^Invalid request: access_token .*\*\*\*.* is wrong$/);
  });

  it('leaves other text alone, and texts without a secret', () => {
    expect(scrub('Access denied: group is deleted', TOKEN)).toBe('Access denied: group is deleted');
    expect(scrub(`x ${TOKEN}`, undefined)).toBe(`x ${TOKEN}`);
    expect(scrub(`x ${TOKEN}`, '')).toBe(`x ${TOKEN}`);
  });

  it('handles a secret with characters that mean something in a pattern, or outside ASCII', () => {
    const odd = 'a+b(c)*[d]$^|?{e}\\f/g.h токен';
    expect(scrub(`1 ${odd} 2 ${encodeURIComponent(odd)} 3 ${odd.toUpperCase()}`, odd)).toBe(
      '1 *** 2 *** 3 ***',
    );
  });

  it('is what the transport uses for VK error texts', () => {
    const error = bridgeErrorToVkError(
      { error_type: 'api_error', error_data: { error_code: 100, error_msg: `bad ${TOKEN.toUpperCase()}` } },
      'groups.getById',
      TOKEN,
    );
    expect(error.message).not.toContain(TOKEN.toUpperCase());
    expect(error.message).toContain('bad ***');
  });
});

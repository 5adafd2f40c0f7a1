// The published private key must be the quiz's own: its x and y spell the quiz's raw public point.
import { describe, expect, it } from 'vitest';
import { privateKeyMatches } from '../../../../src/core/quiz/seal';
import { newKeys } from './helpers';

// The worked example of docs/quiz.md.
const EXAMPLE_PUBLIC =
  'BG7H-nU3UmUqMgmnV3akfBYgKO2eRJW8mISedWDCOdufVsJyTnYQ2y8GQXZQdv2eKchDF1OXxS9TNRZAqRvOGgo';
const EXAMPLE_JWK: JsonWebKey = {
  kty: 'EC',
  crv: 'P-256',
  x: 'bsf6dTdSZSoyCadXdqR8FiAo7Z5ElbyYhJ51YMI5258',
  y: 'VsJyTnYQ2y8GQXZQdv2eKchDF1OXxS9TNRZAqRvOGgo',
  d: 'rnVs_q2zOMjUjkRE-bJ6kwSHGJcV7IgQVEV9kazuz80',
};

describe('privateKeyMatches', () => {
  it('accepts the worked example and freshly made pairs', async () => {
    expect(privateKeyMatches(EXAMPLE_PUBLIC, EXAMPLE_JWK)).toBe(true);
    const keys = await newKeys();
    expect(privateKeyMatches(keys.publicKey, keys.privateKeyJwk)).toBe(true);
  });

  it('refuses another pair, a swapped or cut coordinate and a JWK of another kind', async () => {
    const other = await newKeys();
    expect(privateKeyMatches(EXAMPLE_PUBLIC, other.privateKeyJwk)).toBe(false);
    expect(privateKeyMatches(other.publicKey, EXAMPLE_JWK)).toBe(false);
    expect(privateKeyMatches(EXAMPLE_PUBLIC, { ...EXAMPLE_JWK, x: EXAMPLE_JWK.y, y: EXAMPLE_JWK.x })).toBe(
      false,
    );
    expect(privateKeyMatches(EXAMPLE_PUBLIC, { ...EXAMPLE_JWK, y: EXAMPLE_JWK.y?.slice(0, 40) })).toBe(false);
    expect(privateKeyMatches(EXAMPLE_PUBLIC, { ...EXAMPLE_JWK, x: `${EXAMPLE_JWK.x}=` })).toBe(false);
    expect(privateKeyMatches(EXAMPLE_PUBLIC, { ...EXAMPLE_JWK, crv: 'P-384' })).toBe(false);
    expect(privateKeyMatches(EXAMPLE_PUBLIC, { kty: 'EC', crv: 'P-256', d: EXAMPLE_JWK.d })).toBe(false);
    expect(privateKeyMatches('not a key', EXAMPLE_JWK)).toBe(false);
  });
});

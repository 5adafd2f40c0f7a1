// `npm run screenshots`: its flags, the outside-the-repo check and the URLs it opens.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OUT, isInside, parseShotArgs, shotUrl } from '../../../scripts/screenshots/args';

describe('screenshots flags', () => {
  it('defaults to everything, built afresh, into /tmp/pulse-shots', () => {
    expect(parseShotArgs([])).toEqual({
      ok: true,
      args: {
        dist: null,
        out: DEFAULT_OUT,
        only: null,
        sizes: ['phone', 'desktop'],
        themes: ['light', 'dark'],
        jobs: 2,
      },
    });
  });

  it('reads both --flag value and --flag=value', () => {
    const parsed = parseShotArgs([
      '--no-build',
      '--dist',
      'build',
      '--out=/tmp/x',
      '--only',
      'scorecard,poster',
      '--sizes=phone',
      '--themes',
      'dark',
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      args: {
        dist: 'build',
        out: '/tmp/x',
        only: ['scorecard', 'poster'],
        sizes: ['phone'],
        themes: ['dark'],
      },
    });
  });

  it.each([
    [['--no-build'], '--no-build needs --dist'],
    [['--dist', 'build'], '--dist DIR goes with --no-build'],
    [['--sizes', 'tablet'], '--sizes: expected phone|desktop'],
    [['--themes', ''], '--themes needs a value'],
    [['--out'], '--out needs a value'],
    [['--out', '--no-build'], '--out needs a value'],
    [['--jobs', '0'], '--jobs: 1…16'],
    [['--fast'], 'unknown argument'],
  ])('%j is refused', (argv, message) => {
    const parsed = parseShotArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(message);
  });
});

describe('screenshots output folder', () => {
  it('is refused inside the repository, the repository itself included', () => {
    expect(isInside('/repo', '/repo')).toBe(true);
    expect(isInside('/repo/shots', '/repo/')).toBe(true);
    expect(isInside('shots', '/repo', '/repo/scripts')).toBe(true);
    expect(isInside('/repo-shots', '/repo')).toBe(false);
    expect(isInside('/tmp/pulse-shots', '/repo')).toBe(false);
    expect(isInside('../shots', '/repo', '/repo')).toBe(false);
  });
});

describe('screenshots URLs', () => {
  it('adds the demo clock and the theme to the query, before the hash', () => {
    expect(shotUrl('/?demo=1&role=admin#/children', 'dark')).toBe(
      '/?demo=1&role=admin&now=2026-12-06T12:00:00%2B03:00&theme=dark#/children',
    );
    expect(shotUrl('/?demo=1', 'light')).toBe('/?demo=1&now=2026-12-06T12:00:00%2B03:00&theme=light');
    expect(shotUrl('/#/posters', 'light', 'N')).toBe('/?now=N&theme=light#/posters');
    expect(shotUrl('/?demo=1&theme=dark&now=X', 'light')).toBe('/?demo=1&theme=dark&now=X');
  });
});

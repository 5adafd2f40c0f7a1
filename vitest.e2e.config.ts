import { defineConfig } from 'vitest/config';

// End-to-end tests: the BUILT app (build/, see vk-hosting-config.json) served by a tiny static server
// (test/e2e/global-setup.ts) and driven in Debian's Chromium by playwright-core (test/e2e/harness.ts).
// Build first: `npx vite build && npx vitest run --config vitest.e2e.config.ts` (npm test does both).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // A CI machine under load may take a few seconds to re-render a screen (one run missed the
    // default 1 s after a «Назад»): polls wait up to 10 s, and return as soon as they match.
    expect: { poll: { timeout: 10_000 } },
  },
});

// Once per e2e run: serve the built app on a free port and pick a folder for failure screenshots.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDir, REPO_ROOT, serveStatic } from './serve-built';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server that serves build/, e.g. http://127.0.0.1:41234 */
    e2eBaseUrl: string;
    /** Where failure screenshots go. */
    e2eArtifactsDir: string;
  }
}

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = buildDir();
  const server = await serveStatic(dir);

  const built = statSync(join(dir, 'index.html')).mtimeMs;
  const sources = Math.max(newestMtime(join(REPO_ROOT, 'src')), newestMtime(join(REPO_ROOT, 'index.html')));
  if (sources > built) {
    console.warn(
      `[e2e] warning: src/ changed after the last build; the tests run the OLD build in ${dir} ("npx vite build" first).`,
    );
  }

  let artifacts: string;
  if (process.env.E2E_ARTIFACTS_DIR) {
    artifacts = process.env.E2E_ARTIFACTS_DIR;
    mkdirSync(artifacts, { recursive: true });
  } else {
    artifacts = mkdtempSync(join(tmpdir(), 'pulse-e2e-'));
  }

  project.provide('e2eBaseUrl', server.url);
  project.provide('e2eArtifactsDir', artifacts);
  console.log(`[e2e] serving ${dir} at ${server.url}`);

  return async () => {
    await server.close();
    // Keep the folder only when a failure left a screenshot in it.
    if (!process.env.E2E_ARTIFACTS_DIR && readdirSync(artifacts).length === 0) {
      rmSync(artifacts, { recursive: true, force: true });
    } else if (readdirSync(artifacts).length > 0) {
      console.log(`[e2e] failure screenshots: ${artifacts}`);
    }
  };
}

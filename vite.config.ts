import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { vkuiBaseTokens } from './scripts/vite/base-tokens';

// The output folder is the one VK hosting uploads (vk-hosting-config.json → static_path).
const hosting = JSON.parse(readFileSync(new URL('./vk-hosting-config.json', import.meta.url), 'utf8')) as {
  static_path: string;
};

// VKUI's CSS-modules build: each component brings only its own styles (a fraction of vkui.css). The
// first-load bench builds its bare VKUI app with the same alias (scripts/bench/first-load.ts).
export const vkuiCssModules = { find: /^@vkontakte\/vkui$/, replacement: '@vkontakte/vkui/dist/cssm' };

/**
 * The lazy modules a first screen needs, by the name index.html's boot script knows them under, and
 * the name of the chunk that holds them and what only they need (test/e2e/resilience.test.ts drops
 * `ScorecardPanel-*.js` to see the screen survive it).
 */
const START_SCREENS = {
  // Outside VK: the simulated world (never fetched on a real VK launch).
  demo: { module: 'src/demo/fake-bridge.ts', chunk: 'fake-bridge' },
  // An admin's or editor's home, and #/page/<id>.
  scorecard: { module: 'src/features/scorecard/ScorecardPanel.tsx', chunk: 'ScorecardPanel' },
} as const;
const ENTRY = 'src/main.tsx';
const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * Side-effect-free barrels of our dependencies: importing one name from them must not count as
 * importing all they re-export (VKUI's, thousands of icons). Name → re-exported file, and the barrel's
 * own side-effect imports (VKUI's global styles).
 */
const BARRELS = {
  '@vkontakte/vkui': 'node_modules/@vkontakte/vkui/dist/cssm/index.js',
  '@vkontakte/icons': 'node_modules/@vkontakte/icons/dist/index.js',
} as const;

interface Barrel {
  names: Map<string, string>;
  sideEffects: string[];
}

function readBarrel(file: string): Barrel {
  const source = readFileSync(file, 'utf8');
  const dir = dirname(file);
  const names = new Map<string, string>();
  for (const m of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*["'](\.[^"']+)["']/g)) {
    for (const part of m[1]!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.set(name, resolve(dir, m[2]!));
    }
  }
  const sideEffects = [...source.matchAll(/^import\s*["'](\.[^"']+)["']/gm)].map((m) => resolve(dir, m[1]!));
  return { names, sideEffects };
}

/** `import { A, B as C } from "<barrel>"` in a module's code → the names it takes from each barrel. */
function namesFromBarrels(code: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const specs = Object.keys(BARRELS)
    .map((s) => s.replace('/', '\\/'))
    .join('|');
  for (const m of code.matchAll(
    new RegExp(`\\b(?:import|export)\\s*\\{([^}]*)\\}\\s*from\\s*["'](${specs})["']`, 'g'),
  )) {
    const names = m[1]!
      .split(',')
      .map(
        (part) =>
          part
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0]!,
      )
      .filter(Boolean);
    out.set(m[2]!, [...(out.get(m[2]!) ?? []), ...names]);
  }
  return out;
}

/**
 * VKUI's View takes one helper, getOverflowAncestors, from the index of its popover library, which
 * re-exports it from its DOM utilities. Through that index every first screen would load the popovers'
 * positioning code (~6 kB gzip) that only screens with popovers run. The same helper from the DOM
 * utilities the entry already loads; the build fails if VKUI's View stops importing it that way, so the
 * saving cannot vanish unnoticed.
 */
function viewWithoutPopovers(): Plugin {
  const importer = /\/@vkontakte\/vkui\/dist\/cssm\/components\/View\/utils\.js$/;
  let redirected = false;
  return {
    name: 'pulse-view-without-popovers',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, from) {
      if (source !== '../../lib/floating/index.js' || !from || !importer.test(from)) return null;
      redirected = true;
      return this.resolve('@vkontakte/vkui-floating-ui/utils/dom', from, { skipSelf: true });
    },
    buildEnd(error) {
      if (!error && !redirected)
        this.error(
          "VKUI's View/utils.js no longer imports lib/floating/index.js: revisit viewWithoutPopovers",
        );
    },
  };
}

type ChunkingContext = { getModuleInfo(id: string): Rollup.ModuleInfo | null };
type StartChunk = 'app' | 'shared' | keyof typeof START_SCREENS;

/**
 * The start path (docs/performance.md), in three parts:
 * - few, large chunks: what the entry loads up front in one (Rolldown alone makes a dozen of it), of
 *   that what the demo runs too in a `shared` one, the demo's own modules (those only the demo reaches)
 *   in one, the rest of what the scorecard needs in one; a real VK launch never fetches the demo's; the
 *   other screens keep automatic chunks and import what they share with these from them;
 * - index.html's boot script learns, per first screen, the chunks and stylesheets it needs beyond the
 *   entry's: the demo's it starts at once (it imports only `shared`), the scorecard's as soon as the
 *   entry is in instead of after it has run;
 * - the boot script adds the entry's stylesheets: a stylesheet a script adds does not hold the outline's
 *   first paint, and in <head> before any chunk's (Vite adds those later, after them) every chunk's
 *   rule still wins its ties with the entry's, as in development.
 */
function startPath(): Plugin {
  const barrelIds = new Map(
    Object.entries(BARRELS).map(([spec, file]) => [spec, resolve(ROOT, file)] as const),
  );
  const barrels = new Map<string, Barrel>();
  const barrelOf = (id: string) => {
    if (![...barrelIds.values()].includes(id)) return null;
    if (!barrels.has(id)) barrels.set(id, readBarrel(id));
    return barrels.get(id)!;
  };
  /** Importer id → barrel id → the names it imports from it. */
  const used = new Map<string, Map<string, string[]>>();
  let plan: Map<string, StartChunk> | null = null;

  const planOf = (ctx: ChunkingContext): Map<string, StartChunk> => {
    if (plan) return plan;
    const edges = (id: string): string[] => {
      if (barrelOf(id)) return [];
      const out: string[] = [];
      for (const target of ctx.getModuleInfo(id)?.importedIds ?? []) {
        const barrel = barrelOf(target);
        out.push(target);
        if (!barrel) continue;
        out.push(...barrel.sideEffects);
        for (const name of used.get(id)?.get(target) ?? []) {
          const file = barrel.names.get(name);
          if (file) out.push(file);
        }
      }
      return out;
    };
    const reach = (from: string, stop: Set<string> = new Set()) => {
      const seen = new Set<string>();
      const queue = [from];
      while (queue.length > 0) {
        const id = queue.pop()!;
        if (seen.has(id) || stop.has(id)) continue;
        seen.add(id);
        queue.push(...edges(id));
      }
      return seen;
    };
    const initial = reach(resolve(ROOT, ENTRY));
    // The demo's own: reached from the demo's root, and imported only by modules of the demo.
    const demoRoot = resolve(ROOT, START_SCREENS.demo.module);
    const demoReach = [...reach(demoRoot, initial)];
    const demo = new Set([demoRoot]);
    for (let grew = true; grew;) {
      grew = false;
      for (const id of demoReach) {
        const info = ctx.getModuleInfo(id);
        if (demo.has(id) || !info) continue;
        if ([...info.importers, ...info.dynamicImporters].every((by) => demo.has(by))) {
          demo.add(id);
          grew = true;
        }
      }
    }
    plan = new Map();
    for (const id of initial) plan.set(id, 'app');
    // What the demo runs of the entry's (zod, a few of vk/): a chunk of its own, so the demo's chunk
    // imports nothing from the entry's and index.html can start the demo while the entry downloads.
    for (const id of reach(demoRoot)) if (plan.get(id) === 'app') plan.set(id, 'shared');
    for (const id of demo) plan.set(id, 'demo');
    for (const id of reach(resolve(ROOT, START_SCREENS.scorecard.module), initial)) {
      if (!demo.has(id)) plan.set(id, 'scorecard');
    }
    return plan;
  };
  // Virtual modules (Rolldown's runtime helpers, Vite's modulepreload polyfill) go with the entry, or
  // with the shared chunk when the demo uses them too.
  const chunkOf = (id: string, ctx: ChunkingContext) => {
    const planned = planOf(ctx).get(id);
    return id.startsWith('\0') ? (planned === 'shared' ? 'shared' : 'app') : planned;
  };
  const group = (part: StartChunk, priority: number) => {
    const name = part === 'app' || part === 'shared' ? part : START_SCREENS[part].chunk;
    return {
      name: (id: string, ctx: ChunkingContext) => (chunkOf(id, ctx) === part ? name : null),
      debugName: name,
      priority,
      // The plan already holds each chunk's dependencies; what it leaves out belongs elsewhere.
      includeDependenciesRecursively: false,
    };
  };

  return {
    name: 'pulse-start-path',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          // The entry may share its chunk with the modules it loads: no facade chunk in front of it.
          preserveEntrySignatures: false,
          output: {
            codeSplitting: {
              groups: [group('shared', 4), group('app', 3), group('demo', 2), group('scorecard', 1)],
            },
          },
        },
      },
    }),
    transform(code, id) {
      const names = namesFromBarrels(code);
      if (names.size === 0) return null;
      used.set(id, new Map([...names].map(([spec, list]) => [barrelIds.get(spec)!, list])));
      return null;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
        const closure = (start: Rollup.OutputChunk) => {
          const files = new Set<string>();
          const visit = (chunk: Rollup.OutputChunk) => {
            if (files.has(chunk.fileName)) return;
            files.add(chunk.fileName);
            chunk.viteMetadata?.importedCss.forEach((css) => files.add(css));
            for (const name of chunk.imports) visit(bundle[name] as Rollup.OutputChunk);
          };
          visit(start);
          return files;
        };
        const chunkWith = (module: string) => {
          const chunk = chunks.find((c) => c.moduleIds.includes(resolve(ROOT, module)));
          if (!chunk) throw new Error(`start path: no chunk holds ${module}`);
          return chunk;
        };
        const entry = chunkWith(ENTRY);
        const loaded = closure(entry);
        const demo = chunkWith(START_SCREENS.demo.module).fileName;
        const scorecard = closure(chunkWith(START_SCREENS.scorecard.module));
        // A real VK launch must never fetch the demo, nor a member's the scorecard.
        if (
          loaded.has(demo) ||
          scorecard.has(demo) ||
          loaded.has(chunkWith(START_SCREENS.scorecard.module).fileName)
        )
          throw new Error(
            'start path: the entry or the scorecard imports the demo, or the entry the scorecard',
          );
        // The entry's code comes in one request beside the shared chunk (index.html asks for both, and
        // Rolldown's runtime helpers): a chunk the entry imported besides would be asked for only once
        // the entry had arrived.
        const shared = chunks.find((c) => c.name === 'shared')?.fileName;
        const scripts = [...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g)].map((m) => m[1]!);
        const extra = [...loaded, ...scripts].filter(
          (file) =>
            file.endsWith('.js') &&
            file !== entry.fileName &&
            file !== shared &&
            !/\/rolldown-runtime-/.test(file),
        );
        if (extra.length > 0)
          throw new Error(`start path: the entry imports ${extra.join(', ')}; the plan missed them`);
        // The demo's chunk must need nothing the entry's chunk holds: the boot script starts it first.
        const demoChunk = chunkWith(START_SCREENS.demo.module);
        if (demoChunk.imports.includes(entry.fileName))
          throw new Error(
            'start path: the demo imports from the entry; its shared modules belong in `shared`',
          );
        // The entry's stylesheets, as the boot script adds them (see below).
        const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)].map((m) => m[1]);
        const lists = {
          entry: entry.fileName,
          css,
          ...Object.fromEntries(
            Object.entries(START_SCREENS).map(([screen, { module }]) => [
              screen,
              [...closure(chunkWith(module))].filter((file) => !loaded.has(file)),
            ]),
          ),
        };
        if (!html.includes('/*start-path*/ {}'))
          throw new Error('start path: index.html lost its /*start-path*/ {}');
        if (css.length === 0) throw new Error('start path: the entry has no stylesheet');
        return html
          .replace('/*start-path*/ {}', JSON.stringify(lists))
          .replace(/\s*<link rel="stylesheet"[^>]*>/g, '');
      },
    },
  };
}

export default defineConfig({
  // VK hosting serves the bundle from a sub-path: relative asset URLs keep it portable.
  base: './',
  plugins: [react(), vkuiBaseTokens(), viewWithoutPopovers(), startPath()],
  resolve: {
    alias: [vkuiCssModules],
  },
  build: {
    outDir: hosting.static_path,
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
  },
  // vk-tunnel forwards VK's requests to the dev server under *.tunnel.vk-apps.com (npm run tunnel).
  server: { host: 'localhost', allowedHosts: ['.tunnel.vk-apps.com'] },
});

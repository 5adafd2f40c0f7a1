// The architecture's import rules (eslint.config.js) fire where they should, at any depth, and let
// type-only imports through: each case lints one line as if it were a file at that path.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ ignore: false });

async function rulesFiredFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const BOUNDARY = 'boundaries/dependencies';

describe('architecture lint rules', { timeout: 60_000 }, () => {
  it.each([
    ['core (deep) → vk', 'src/core/x/probe.ts', "import { createVkApi } from '../../vk/api-client';"],
    ['vk → data', 'src/vk/probe.ts', "import { readMyPageRows } from '../data/my-pages';"],
    ['data → a feature', 'src/data/probe.ts', "import { MyPages } from '../features/my-pages/MyPages';"],
    ['shared → data', 'src/shared/probe.ts', "import { readMyPageRows } from '../data/my-pages';"],
    ['shared → app', 'src/shared/probe.ts', "import { routes } from '../app/routes';"],
    [
      'a feature → another feature',
      'src/features/quizzes/probe.ts',
      "import { MyPages } from '../my-pages/MyPages';",
    ],
    ['a feature → app', 'src/features/my-pages/probe.ts', "import { routes } from '../../app/routes';"],
    [
      'a feature → vk',
      'src/features/my-pages/probe.ts',
      "import { copyText } from '../../vk/community-actions';",
    ],
    ['demo → data', 'src/demo/probe.ts', "import { readMyPageRows } from '../data/my-pages';"],
    ['cli → a feature', 'src/cli/probe.ts', "import { MyPages } from '../features/my-pages/MyPages';"],
  ])('refuses %s', async (_, filePath, code) => {
    expect(await rulesFiredFor(filePath, `${code}\nexport const probe = 1;\n`)).toContain(BOUNDARY);
  });

  it.each([
    [
      'a feature → its own files',
      'src/features/my-pages/probe.ts',
      "import { MyPageRow } from './MyPageRow';",
    ],
    [
      'a feature → data',
      'src/features/my-pages/probe.ts',
      "import { readMyPageRows } from '../../data/my-pages';",
    ],
    ['data → vk', 'src/data/probe.ts', "import { createVkApi } from '../vk/api-client';"],
    [
      'core (deep) → a type from vk',
      'src/core/x/probe.ts',
      "import type { VkApi } from '../../vk/api-client';",
    ],
  ])('allows %s', async (_, filePath, code) => {
    expect(await rulesFiredFor(filePath, `${code}\nexport const probe = 1;\n`)).not.toContain(BOUNDARY);
  });

  it('reports an import cycle', async () => {
    const [result] = await eslint.lintFiles(['test/lint-fixtures/cycle-a.ts']);
    expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
  });
});

describe('zod: only zod/mini', { timeout: 60_000 }, () => {
  const RESTRICTED = 'no-restricted-imports';
  const PLACES = [
    'src/vk/probe.ts',
    'src/core/x/probe.ts',
    'src/features/my-pages/probe.ts',
    'scripts/probe.ts',
  ];

  it.each(PLACES)('refuses the classic build in %s', async (filePath) => {
    for (const code of ["import { z } from 'zod';", "import type { z } from 'zod/v4';"])
      expect(await rulesFiredFor(filePath, `${code}\nexport const probe = z;\n`), code).toContain(RESTRICTED);
  });

  it.each(PLACES)('allows zod/mini in %s', async (filePath) => {
    const code = "import { z } from 'zod/mini';\nexport const probe = z;\n";
    expect(await rulesFiredFor(filePath, code)).not.toContain(RESTRICTED);
  });
});

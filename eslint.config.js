import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The top-level folders of src/ as the architecture names them. */
const ARCHITECTURE_ELEMENTS = [
  { type: 'core', pattern: 'src/core' },
  { type: 'vk', pattern: 'src/vk' },
  { type: 'data', pattern: 'src/data' },
  { type: 'shared', pattern: 'src/shared' },
  { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
  { type: 'demo', pattern: 'src/demo' },
  { type: 'cli', pattern: 'src/cli' },
  { type: 'app', pattern: 'src/app' },
];

/** zod's classic build (and its own v3): the app and the scripts use the tree-shakable zod/mini. */
const CLASSIC_ZOD = ['zod', 'zod/v4', 'zod/v3'].map((name) => ({ name, message: 'use zod/mini' }));

/** A folder may import itself and the folders listed after it. */
const layer = (type, ...below) => ({
  from: { element: { type } },
  allow: { to: { element: { types: { anyOf: [type, ...below] } } } },
});

const ARCHITECTURE_POLICIES = [
  { allow: { dependency: { kind: 'type' } } },
  layer('core'),
  layer('vk', 'core'),
  layer('data', 'vk', 'core'),
  layer('shared', 'core', 'vk'),
  layer('demo', 'vk', 'core'),
  layer('cli', 'core', 'vk', 'data', 'demo'),
  layer('app', 'feature', 'shared', 'data', 'vk', 'core', 'demo'),
  {
    from: { element: { type: 'feature' } },
    allow: { to: { element: { types: { anyOf: ['shared', 'data', 'core'] } } } },
  },
  {
    from: { element: { type: 'feature' } },
    allow: { to: { element: { type: 'feature', captured: { name: '{{ from.element.captured.name }}' } } } },
  },
];

export default tseslint.config(
  // test/lint-fixtures break the rules on purpose: only lint-boundaries.test.ts lints them.
  { ignores: ['build', 'dist-worker', 'node_modules', 'test/fixtures', 'test/lint-fixtures', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // The blocks below restate CLASSIC_ZOD: a later block's options replace this one's.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': ['error', { paths: CLASSIC_ZOD }],
    },
  },
  {
    // Only the adapter talks to VK Bridge.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/vk/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['@vkontakte/vk-bridge', ...CLASSIC_ZOD] }],
    },
  },
  {
    // The core is pure (this block comes after the bridge rule, so its import list wins): no clock, no randomness, no I/O (time and seeds are passed in).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'fetch', 'localStorage', 'window', 'document', 'indexedDB'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The core takes time as an argument.' },
        { object: 'Math', property: 'random', message: 'The core takes seeds as arguments.' },
      ],
      // Which of our folders the core may import is the boundaries rule's job (below).
      'no-restricted-imports': [
        'error',
        { paths: CLASSIC_ZOD, patterns: ['react', 'react-dom', '@vkontakte/*'] },
      ],
    },
  },
  {
    // The plan of docs/architecture.md, for runtime imports (type-only imports are free): each folder
    // may import only the folders below it; a feature never another feature. Patterns match at any
    // depth (src/core/x/y.ts is core). test/unit/scripts/lint-boundaries.test.ts proves each rule fires.
    files: ['src/**/*.{ts,tsx}', 'test/lint-fixtures/**/*.ts'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // no-cycle reads the imported files too: with the TypeScript parser, or it silently skips them.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'boundaries/elements': ARCHITECTURE_ELEMENTS,
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: ARCHITECTURE_POLICIES }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*', 'test/**/*'],
    rules: { 'no-console': 'off' },
  },
);

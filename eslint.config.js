import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build', 'node_modules', 'test/fixtures', 'coverage'] },
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
    // Only the adapter talks to VK Bridge.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/vk/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['@vkontakte/vk-bridge'] }],
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            '@vkontakte/*',
            '../vk/*',
            '../data/*',
            '../features/*',
            '../demo/*',
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*', 'test/**/*'],
    rules: { 'no-console': 'off' },
  },
);

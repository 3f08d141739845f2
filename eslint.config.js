// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that would break the runtime boundaries described in ../shared/HOUSE-STYLE.md. */
const notInShared = [
  'electron',
  'node:*',
  'react',
  'react-dom',
  'dexie',
  'dexie-react-hooks',
  'i18next',
  'react-i18next',
];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'dist-web', 'release', '.bench', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: notInShared.map((group) => ({ group: [group], message: 'shared/ is pure TypeScript' })) },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'indexedDB',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Reports libraries the React Compiler cannot memoise (TanStack Virtual); we do not use the compiler.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*'],
              message: 'The renderer has no Node and no Electron: use renderer/platform',
            },
          ],
        },
      ],
    },
  },
  {
    // Only renderer/db talks to Dexie; components read through its hooks.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*'],
              message: 'The renderer has no Node and no Electron: use renderer/platform',
            },
            { group: ['dexie', 'dexie-react-hooks'], message: 'Use the hooks and mutations in renderer/db' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/hub/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The hub is plain Node' }] }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);

// Lint rules, chiefly the borders between runtimes (../shared/STYLE.md §1):
// shared/ is pure TypeScript; the renderer talks to main only through the
// contract; only main/electron and main/preload may import 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const node = { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'No Node APIs here.' };
const electron = { group: ['electron'], message: "Only main/electron and main/preload import 'electron'." };
const database = { group: ['better-sqlite3', 'kysely'], message: 'The database lives in main/db.' };
const mainCode = { group: ['**/main/**', '../main/*'], message: 'The renderer reaches main only through the contract (api/transport.ts).' };
const react = { group: ['react', 'react-dom', 'react-*'], message: 'React belongs to the renderer.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-output/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [node, electron, database, react, { group: ['**/main/**', '**/renderer/**'], message: 'shared/ depends on nothing of the app.' }] }] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [node, electron, database, mainCode] }] },
  },
  {
    files: ['main/**/*.ts', 'main/**/*.js'],
    ignores: ['main/electron/**', 'main/preload/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, react] }] },
  },
  {
    // The shell's decisions, tested under plain Node: they must not need Electron.
    files: ['main/electron/policy.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, react] }] },
  },
  {
    files: ['main/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [node, database, react, mainCode] }] },
  },
);

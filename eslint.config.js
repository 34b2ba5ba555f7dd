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
// Layering inside main (docs/architecture.md): the database knows nothing above it,
// the CLI calls services (never the app's handlers), the shell nothing of the renderer.
const aboveDb = { group: ['**/services/**', '**/handlers/**', '**/cli/**', '**/web/**', '**/electron/**'], message: 'main/db never imports services, handlers or transports.' };
const handlersFromCli = { group: ['**/handlers/**'], message: 'The CLI calls services, never the handlers (one owner per use case).' };
const rendererCode = { group: ['**/renderer/**'], message: 'main/electron imports nothing of the renderer.' };
// A use case (main/features) is called by the transports (handlers, CLI, browser mode, shell), never the other way round.
const transports = { group: ['**/handlers/**', '**/cli/**', '**/web/**', '**/electron/**'], message: 'main/features is called by the handlers and the CLI; it never imports them or a transport.' };
// The renderer's wiring root (app/) imports the screens; screens, components and state never import it.
const wiringRoot = { group: ['**/app/*', '../app/*', '../../app/*'], message: 'Screens, components and state do not import the wiring root (renderer/src/app); shared state lives in renderer/src/state.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-output/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // On: the few justified `any`s say why where they are (eslint-disable-next-line with a reason).
      '@typescript-eslint/no-explicit-any': 'error',
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
    files: ['renderer/src/screens/**', 'renderer/src/components/**', 'renderer/src/state/**', 'renderer/src/api/**', 'renderer/src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [node, electron, database, mainCode, wiringRoot] }] },
  },
  {
    files: ['main/**/*.ts', 'main/**/*.js'],
    ignores: ['main/electron/**', 'main/preload/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, react] }] },
  },
  {
    // A migration is frozen once released and written against the schema of its day, not today's
    // DB type: kysely's own pattern is `up(db: Kysely<any>)` (STYLE §3).
    files: ['main/db/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['main/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, react, aboveDb] }] },
  },
  {
    files: ['main/features/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, react, transports] }] },
  },
  {
    files: ['main/cli/**/*.ts', 'main/cli/**/*.js'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, react, handlersFromCli] }] },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [react, rendererCode] }] },
  },
  {
    // The shell's decisions, tested under plain Node: they must not need Electron.
    files: ['main/electron/policy.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, react, rendererCode] }] },
  },
  {
    files: ['main/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [node, database, react, mainCode] }] },
  },
);

// Lint: TypeScript rules plus the layer boundaries of DESIGN.md, enforced rather than reviewed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const CRYPTO_AND_STORAGE = [
  { name: 'idb', message: 'Only src/vault/ may touch IndexedDB.' },
  { name: 'libsodium-wrappers-sumo', message: 'Only src/vault/ may touch libsodium.' },
  { name: 'libsodium-wrappers', message: 'Only src/vault/ may touch libsodium (and it must be the sumo build).' },
];
const VAULT_INTERNALS = {
  // vault/sw: the service worker's own door (it streams lent attachments; no keys, no storage).
  // vault/presence: the page entry's (main.ts), asked before the app loads; it never creates or changes a database.
  group: ['**/vault/*', '!**/vault/index', '!**/vault/index.ts', '!**/vault/sw', '!**/vault/presence'],
  message: 'Use the vault’s public API (src/vault/index.ts); its internals are private.',
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'dev-dist/', '.profiles/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', { name: 'indexedDB', message: 'Only src/vault/ (and the environment probe) may touch IndexedDB.' }],
    },
  },
  // Everything outside the vault: no IndexedDB, no libsodium, no vault internals.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/vault/**'],
    rules: { 'no-restricted-imports': ['error', { paths: CRYPTO_AND_STORAGE, patterns: [VAULT_INTERNALS] }] },
  },
  // exit/ is loaded first and must work alone: it imports nothing from the layers above it.
  {
    files: ['src/exit/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: CRYPTO_AND_STORAGE,
        patterns: [{ group: ['**/app/**', '**/features/**', '**/vault/**', '**/ui/**', '**/i18n/index*', '**/i18n/en/**', '**/i18n/es/**'], message: 'exit/ must stand alone: only exit/, lib/ and i18n/exit.' }],
      }],
    },
  },
  // Features sit below the app shell, and never touch storage or keys.
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/lib/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: CRYPTO_AND_STORAGE,
        patterns: [VAULT_INTERNALS, { group: ['**/app/**'], message: 'Lower layers must not import the app shell.' }],
      }],
    },
  },
  // Lower shared layers do not depend on features or the vault.
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/lib/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: CRYPTO_AND_STORAGE,
        patterns: [{ group: ['**/app/**', '**/features/**', '**/vault/**'], message: 'ui/, lib/ and i18n/ sit below features and the vault.' }],
      }],
    },
  },
  // The page thread never runs the worker's code: keys and libsodium live only there. Types may cross.
  {
    files: ['src/vault/page/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/worker/**', '!**/worker/worker?worker&url'], message: 'vault/page/ must not import vault/worker/ (only its types, with `import type`).', allowTypeImports: true }],
      }],
    },
  },
  // The independent reader (tests/reader) is a second implementation written from docs/FORMAT.md:
  // it may share no code with the app.
  {
    files: ['tests/reader/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**', '../*', '../../*'], message: 'tests/reader/ is an independent reader: it imports nothing from src/ or the other tests.' }] }] },
  },
  // The environment probe opens and deletes a throwaway database only to see if storage works.
  { files: ['src/app/environment.ts', 'src/vault/**', 'tests/**', 'scripts/**', 'bench/**'], rules: { 'no-restricted-globals': 'off' } },
);

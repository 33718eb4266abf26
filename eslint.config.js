import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import compat from 'eslint-plugin-compat';
import { readFileSync } from 'node:fs';
import floor from './scripts/eslint/staticApiFloor.mjs';
import imports from './scripts/eslint/relativeImportExtension.mjs';

/**
 * The declared floors (package.json `browserslist`): `production` is the browsers (README
 * "Browser support"), `server` the server entry's runtime (Node; edge runtimes track newer V8).
 */
const FLOORS = JSON.parse(readFileSync(new URL('./package.json', import.meta.url))).browserslist;

/**
 * APIs above the targets fail `npm run lint` unless feature-detected. eslint-plugin-compat reads
 * its targets from package.json's environment (`browserslistOpts.env`) and adds `browsers`;
 * `floor/static-api` covers the static methods it has no data for.
 */
const compatFor = (files, environments) => ({
  files,
  plugins: { compat, floor },
  settings: {
    browserslistOpts: { env: environments[0] },
    ...(environments[1] ? { browsers: FLOORS[environments[1]] } : {}),
    floor: environments.flatMap((environment) => FLOORS[environment]),
    lintAllEsApis: true,
  },
  rules: { 'compat/compat': 'error', 'floor/static-api': 'error' },
});

/**
 * Values come from their own module, never through a layer's barrel (types may): esbuild puts
 * every module a barrel re-exports into the first load when code splitting, so a barrel import
 * would pull the lazily loaded OAuth flow (and whatever else is behind `import()`) back in.
 */
const barrels = (names, message) =>
  names.map((name) => ({ name, allowTypeImports: true, message }));
const CORE_BARRELS = barrels(
  ['../core/index.js', '../../core/index.js'],
  "Import values from the core module that defines them (e.g. '../core/errors.js'); `import type` from the barrel is fine.",
);
const REACT_BARRELS = barrels(
  ['../../react/index.js'],
  "Import values from the hook's own module (e.g. '../../react/useSignIn.js'); `import type` is fine.",
);

export default tseslint.config(
  {
    ignores: [
      'examples/*/node_modules',
      'examples/*/.next',
      'examples/*/build',
      'dist',
      'storybook-static',
      'node_modules',
      'coverage',
      'bench/.work',
      'bench/.out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The React Compiler-era rules (refs, purity, immutability, set-state-in-render…): they catch
    // state that leaks between renders or providers, such as a ref written during render.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Arrows only point down: core knows nothing of React, UI or the emulator.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            '@tanstack/*',
            '**/react/**',
            '**/components/**',
            '**/emulator/**',
          ],
        },
      ],
    },
  },
  {
    // The server entry runs in Node, proxies/middleware and Workers: no React, no UI, no emulator;
    // it builds on core only.
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            '@tanstack/*',
            '**/react/**',
            '**/components/**',
            '**/emulator/**',
            'node:*',
          ],
        },
      ],
    },
  },
  {
    files: ['src/react/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: CORE_BARRELS,
          patterns: [
            { group: ['react-hook-form', '@radix-ui/*', '**/components/**', '**/emulator/**'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [...CORE_BARRELS, ...REACT_BARRELS], patterns: [{ group: ['**/emulator/**'] }] },
      ],
    },
  },
  {
    // `import { type X } from '…'` stays in the output as `import '…'` under verbatimModuleSyntax:
    // a barrel imported that way is reached (and split) as if its values were used.
    files: ['src/**'],
    rules: { '@typescript-eslint/no-import-type-side-effects': 'error' },
  },
  {
    // The published declarations keep these specifiers as written (see the rule).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { imports },
    rules: { 'imports/js-extension': 'error' },
  },
  {
    // The emulator's core must run in browsers and workers: Web APIs only, nothing Node-only.
    files: ['src/emulator/**'],
    ignores: [
      'src/emulator/cli.ts',
      'src/emulator/node.ts',
      'src/emulator/nodeListener.ts',
      'src/emulator/fileStore.ts',
      'src/emulator/vite.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'crypto',
            'http',
            '**/core/**',
            '**/react/**',
            '**/components/**',
          ],
        },
      ],
    },
  },
  // Browser code is held to the floor; core also runs in the server entry, so to Node too.
  compatFor(['src/react/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'], ['production']),
  compatFor(['src/core/**/*.ts'], ['production', 'server']),
  compatFor(['src/server/**/*.ts'], ['server']),
);

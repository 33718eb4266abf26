// Library build: `vite build --config vite.lib.config.ts` (tests keep using vite.config.ts).
//
// - ES modules only, one output file per source file (preserveModules) so that consumers'
//   bundlers can tree-shake per file and `"use client"` stays on the files that need it.
// - Every npm dependency, peer dependency and Node built-in stays external: we ship our own code only.
// - `"use client"` is written as a banner on the component and hook modules of src/react and
//   src/components, never on a barrel or a plain module (Rollup drops module-level directives from
//   sources, so they are re-added per chunk; see isClientModule).
// - Declarations come from `tsc -p tsconfig.build.json`, run after this build by `npm run build`.
//   Sources import relative files by their emitted name (`./client.js`, lint rule
//   `imports/js-extension`), so tsc's declarations resolve under node16/nodenext and bundlers as is.
// - `src/components/styles.css` is emitted as `dist/styles.css`.
import { defineConfig, type Plugin } from 'vite';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildTargets } from './scripts/browserTargets.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const src = resolve(root, 'src');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

/** Entry name (path inside dist, without extension) -> source file. */
const ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'server/index': 'src/server/index.ts',
  'react/index': 'src/react/index.ts',
  'components/index': 'src/components/index.ts',
  'emulator/index': 'src/emulator/index.ts',
  'emulator/vite': 'src/emulator/vite.ts',
  'emulator/node': 'src/emulator/node.ts',
  'emulator/cli': 'src/emulator/cli.ts',
};

const STYLES = 'src/components/styles.css';

const externalPackages = new Set([
  'react',
  'react-dom',
  '@tanstack/react-query',
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
]);
const nodeBuiltins = new Set(builtinModules);

function isExternal(id: string): boolean {
  if (id.startsWith('node:') || nodeBuiltins.has(id)) return true;
  if (id.startsWith('.') || id.startsWith('/') || id.startsWith('\0')) return false;
  const parts = id.split('/');
  const name = id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return externalPackages.has(name);
}

const CLIENT_DIRS = [join(src, 'react') + '/', join(src, 'components') + '/'];
/** Packages whose import makes a module client-only (hooks, context, components). */
const CLIENT_PACKAGES =
  /^(react|react-dom|react\/jsx-runtime|@tanstack\/react-query|react-hook-form|@hookform\/resolvers(\/.*)?|@radix-ui\/.*)$/;

/**
 * `"use client"` goes on component and hook modules only: files of src/react and src/components
 * that import React (or a React library), are TSX, or are named `useX`. Barrels (`index.ts`) and
 * plain modules (query keys, message tables, schemas, constants) stay unmarked, so a server
 * component or route handler can import `createAuthClient`, `isAuthError` or `en` from any entry.
 */
function isClientModule(id: string | null, imports: readonly string[]): boolean {
  if (!id || !CLIENT_DIRS.some((dir) => id.startsWith(dir))) return false;
  if (/[\\/]index\.tsx?$/.test(id)) return false;
  return (
    id.endsWith('.tsx') ||
    /[\\/]use[A-Z][^\\/]*\.ts$/.test(id) ||
    imports.some((specifier) => CLIENT_PACKAGES.test(specifier))
  );
}

/** Re-adds `"use client"` to the React and component modules and silences Rollup's directive warning. */
function clientDirectivePlugin(): Plugin {
  return {
    name: 'deskree:use-client',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!isClientModule(chunk.facadeModuleId, chunk.imports)) return null;
      if (/^\s*['"]use client['"]/.test(code)) return null;
      return { code: `'use client';\n${code}`, map: null };
    },
  };
}

/** Emits `src/components/styles.css` as `dist/styles.css`. */
function stylesheetPlugin(): Plugin {
  return {
    name: 'deskree:stylesheet',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(resolve(root, STYLES), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'styles.css', source });
    },
  };
}

export default defineConfig({
  // The library build never needs the React Fast Refresh plugin: esbuild compiles TSX with the
  // automatic runtime from tsconfig (`jsx: react-jsx`), importing `react/jsx-runtime` (external).
  plugins: [clientDirectivePlugin(), stylesheetPlugin()],
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Syntax lowered to the declared floor (package.json `browserslist`) and Node's `engines`.
    target: esbuildTargets(),
    // Consumers minify; readable output keeps stack traces and `/*#__PURE__*/` hints intact.
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: Object.fromEntries(
        Object.entries(ENTRIES).map(([name, file]) => [name, resolve(root, file)]),
      ),
      formats: ['es'],
    },
    rollupOptions: {
      external: isExternal,
      // Same promise as package.json `sideEffects: ["**/*.css"]`: importing a JS module for nothing does
      // nothing, so re-export files don't keep bare `import "./x.js"` / `import "jose"` lines.
      treeshake: { moduleSideEffects: (id) => id.endsWith('.css') },
      onwarn(warning, warn) {
        // Directives are re-added per file by clientDirectivePlugin.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        // Keep node_modules out of the tree (they are external); anything virtual lands in _virtual/.
        chunkFileNames: '_chunks/[name].js',
      },
    },
  },
});

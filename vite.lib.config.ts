// Library build: `vite build --config vite.lib.config.ts` (tests keep using vite.config.ts).
//
// - ES modules only, one output file per source file (preserveModules) so that consumers'
//   bundlers can tree-shake per file and `"use client"` stays on the files that need it.
// - Every npm dependency, peer dependency and Node built-in stays external: we ship our own code only.
// - `"use client"` is written as a banner on the component and hook modules of src/react and
//   src/components, never on a barrel or a plain module (Rollup drops module-level directives from
//   sources, so they are re-added per chunk; see isClientModule).
// - Declarations come from the TypeScript compiler with tsconfig.build.json's options, rooted at the
//   entries that exist (work in progress elsewhere in src does not block the build); their
//   extensionless relative specifiers are then rewritten to `.js` so they resolve under
//   `moduleResolution: node16/nodenext` as well as `bundler`.
// - `src/components/styles.css` is emitted as `dist/styles.css`.
import { defineConfig, type Plugin } from 'vite';
import ts from 'typescript';
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildTargets } from './scripts/browserTargets.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const src = resolve(root, 'src');
const dist = resolve(root, 'dist');
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

// Entries that do not exist yet are skipped (with a notice) so the build works while the tree grows.
const present = Object.fromEntries(
  Object.entries(ENTRIES).filter(([name, file]) => {
    const ok = existsSync(resolve(root, file));
    if (!ok) console.warn(`[lib] entry "${name}" skipped: ${file} does not exist yet`);
    return ok;
  }),
);

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

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const RELATIVE_SPECIFIER = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]*)(['"])/g;

/** `./client` -> `./client.js`, `./types.ts` -> `./types.js`, `./session` (a folder) -> `./session/index.js`. */
function withJsExtension(file: string, specifier: string): string {
  if (/\.(js|mjs|cjs|json|css)$/.test(specifier)) return specifier;
  // The emulator's sources import with `.ts` extensions; older TypeScript versions cannot follow those in .d.ts files.
  if (/\.tsx?$/.test(specifier)) return specifier.replace(/\.tsx?$/, '.js');
  const base = resolve(dirname(file), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  return specifier;
}

/** `tsc -p tsconfig.build.json`, but rooted at the present entries only. Type errors fail the build. */
function emitDeclarations(rootNames: string[]): void {
  const configPath = resolve(root, 'tsconfig.build.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('tsconfig.build.json could not be read');
  const program = ts.createProgram({ rootNames, options: parsed.options });
  const result = program.emit(undefined, undefined, undefined, true);
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const host: ts.FormatDiagnosticsHost = {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => '\n',
    };
    console.error(ts.formatDiagnostics(diagnostics, host));
    throw new Error(`[lib] declarations: ${diagnostics.length} TypeScript error(s)`);
  }
}

/** Runs tsc for declarations, fixes their specifiers, copies the stylesheet. */
function declarationsAndStyles(): Plugin {
  return {
    name: 'deskree:declarations-and-styles',
    apply: 'build',
    generateBundle() {
      const css = resolve(root, STYLES);
      if (existsSync(css)) {
        this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync(css, 'utf8') });
      } else {
        console.warn(`[lib] ${STYLES} does not exist yet: dist/styles.css not emitted`);
      }
    },
    closeBundle() {
      emitDeclarations(Object.values(present).map((file) => resolve(root, file)));
      let rewritten = 0;
      for (const file of walk(dist).filter((f) => f.endsWith('.d.ts'))) {
        const text = readFileSync(file, 'utf8');
        const next = text.replace(
          RELATIVE_SPECIFIER,
          (_m, head: string, spec: string, tail: string) =>
            head + withJsExtension(file, spec) + tail,
        );
        if (next !== text) {
          writeFileSync(file, next);
          rewritten += 1;
        }
      }
      console.log(
        `[lib] declarations written (${rewritten} files with rewritten specifiers) under ${relative(root, dist)}/`,
      );
    },
  };
}

export default defineConfig({
  // The library build never needs the React Fast Refresh plugin: esbuild compiles TSX with the
  // automatic runtime from tsconfig (`jsx: react-jsx`), importing `react/jsx-runtime` (external).
  plugins: [clientDirectivePlugin(), declarationsAndStyles()],
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
        Object.entries(present).map(([name, file]) => [name, resolve(root, file)]),
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

// ESLint rule `imports/js-extension`: a relative import in src/ names the file that will exist in
// dist/, `./client.js` for `./client.ts`, `./session/index.js` for a folder. TypeScript copies
// specifiers into the declarations as written, and consumers that resolve like Node
// (`moduleResolution: node16/nodenext`) find no file behind `./client` or `./client.ts` there.
// Vite, Vitest and tsx all resolve `./client.js` to `./client.ts` in sources. `--fix` writes the
// specifier from the files on disk.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const SOURCE_EXTENSIONS = ['.ts', '.tsx'];
/** Specifiers that already name an emitted or non-code file. */
const FINAL_EXTENSION = /\.(js|mjs|cjs|json|css)$/;

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** `./client` -> `./client.js`, `./types.ts` -> `./types.js`, `./session` -> `./session/index.js`. */
function emittedSpecifier(importer, specifier) {
  const withoutSource = specifier.replace(/\.tsx?$/, '');
  const base = resolve(dirname(importer), withoutSource);
  if (SOURCE_EXTENSIONS.some((extension) => isFile(base + extension))) return `${withoutSource}.js`;
  if (SOURCE_EXTENSIONS.some((extension) => isFile(resolve(base, `index${extension}`)))) {
    return `${withoutSource.replace(/\/$/, '')}/index.js`;
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    fixable: 'code',
    schema: [],
    messages: {
      extension:
        "Write '{{expected}}': relative imports name the emitted file, so the declarations resolve under node16 (`npx eslint --fix`).",
      unresolved: "'{{specifier}}' names no .ts/.tsx file or folder index.",
    },
  },
  create(context) {
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) return;
      if (FINAL_EXTENSION.test(specifier)) return;
      const expected = emittedSpecifier(context.filename, specifier);
      if (!expected) {
        context.report({ node: source, messageId: 'unresolved', data: { specifier } });
        return;
      }
      context.report({
        node: source,
        messageId: 'extension',
        data: { expected },
        fix: (fixer) => fixer.replaceText(source, `'${expected}'`),
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.literal ?? node.source),
    };
  },
};

export default { rules: { 'js-extension': rule } };

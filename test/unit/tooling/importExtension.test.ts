// @vitest-environment node
/**
 * Relative imports in src/ name the emitted file (`./errors.js`), because the published
 * declarations keep them as written: `npm run lint` fails on any other form and `--fix` writes it.
 * Run through ESLint with the repository's config.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const fixer = new ESLint({ cwd: process.cwd(), fix: true });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'imports/js-extension')
    .map((message) => message.message);
}

async function fixed(code: string, filePath: string): Promise<string | undefined> {
  const [result] = await fixer.lintText(code, { filePath });
  return result?.output;
}

describe('imports/js-extension', () => {
  it.each([
    ['src/core/probe.ts', "export { isAuthError } from './errors';", "'./errors.js'"],
    ['src/core/probe.ts', "export { isAuthError } from './errors.ts';", "'./errors.js'"],
    ['src/probe.ts', "export type { AuthClient } from './core';", "'./core/index.js'"],
    ['src/core/probe.ts', "export const load = () => import('./errors');", "'./errors.js'"],
  ])('%s: `%s` is rewritten to %s', async (filePath, code, expected) => {
    expect(await problems(code, filePath)).toEqual([expect.stringContaining(expected)]);
    expect(await fixed(code, filePath)).toContain(expected);
  });

  it('accepts emitted names and non-code files', async () => {
    const code = [
      "export { isAuthError } from './errors.js';",
      "export type { AuthClient } from './index.js';",
      "import './probe.css';",
    ].join('\n');
    expect(await problems(code, 'src/core/probe.ts')).toEqual([]);
  });

  it('reports a specifier that names no source file, without a fix', async () => {
    const code = "export { nothing } from './missing';";
    expect(await problems(code, 'src/core/probe.ts')).toEqual([
      "'./missing' names no .ts/.tsx file or folder index.",
    ]);
    expect(await fixed(code, 'src/core/probe.ts')).toBeUndefined();
  });

  it('leaves tests, stories and scripts alone', async () => {
    expect(await problems("export * from './helpers';", 'test/unit/probe.ts')).toEqual([]);
  });
});

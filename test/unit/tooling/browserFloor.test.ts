// @vitest-environment node
/**
 * The browser floor is enforced by `npm run lint`: an API above it, used without a guard, fails;
 * the same API behind feature detection passes. Run through ESLint with the repository's config.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter(
      (message) => message.ruleId?.startsWith('compat/') || message.ruleId?.startsWith('floor/'),
    )
    .map((message) => `${message.ruleId}: ${message.message}`);
}

describe('browser floor in lint', () => {
  it.each([
    [
      'src/core/probe.ts',
      'export const s = AbortSignal.any([]);',
      /AbortSignal\.any .*safari 15\.4/,
    ],
    ['src/core/probe.ts', 'export const s = AbortSignal.timeout(1_000);', /AbortSignal\.timeout/],
    ['src/react/probe.ts', 'export const p = Promise.withResolvers();', /Promise\.withResolvers/],
    ['src/components/probe.ts', 'export const c = structuredClone({});', /structuredClone/],
    ['src/core/probe.ts', "export const z = new CompressionStream('gzip');", /CompressionStream/],
  ])('%s: `%s` fails', async (filePath, code, expected) => {
    const found = await problems(code, filePath);
    expect(found.join('\n')).toMatch(expected);
  });

  it('feature-detected uses pass', async () => {
    const code = [
      "export const a = typeof AbortSignal.any === 'function' ? AbortSignal.any([]) : null;",
      'export function b() {',
      "  if (typeof AbortSignal.timeout === 'function') return AbortSignal.timeout(1);",
      '  return null;',
      '}',
    ].join('\n');
    expect(await problems(code, 'src/core/probe.ts')).toEqual([]);
  });

  it('src/server is held to Node 20.19, not to browsers', async () => {
    expect(await problems('export const c = structuredClone({});', 'src/server/probe.ts')).toEqual(
      [],
    );
    expect(
      (
        await problems('export const o = Object.groupBy([], () => 1);', 'src/server/probe.ts')
      ).join(),
    ).toMatch(/nodejs 20\.19/);
  });

  it('the emulator is not linted against the floor', async () => {
    expect(
      await problems('export const s = AbortSignal.any([]);', 'src/emulator/probe.ts'),
    ).toEqual([]);
  });
});

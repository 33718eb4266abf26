/// <reference types="vite/client" />
// @vitest-environment node
// (esbuild checks that TextEncoder yields a real Uint8Array, which jsdom's does not.)
import { build } from 'esbuild';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildOptions, firstLoadOutputs, ROOT } from '../../../scripts/bench/measure.mjs';
import { en } from '../../../src/components/i18n/en';
import { commonMessages } from '../../../src/components/i18n/en/common';
import { signInMessages } from '../../../src/components/i18n/en/signIn';
import type { useMessageSlice } from '../../../src/components/i18n/useMessageSlice';

/** Every module of `src/components/i18n/en/`, by path: each exports one slice. */
const sliceModules = import.meta.glob<Record<string, Record<string, string>>>(
  '../../../src/components/i18n/en/*.ts',
  { eager: true },
);
const slices = Object.entries(sliceModules).map(([path, module]) => {
  const [slice, ...others] = Object.values(module);
  expect([path, others.length]).toEqual([path, 0]);
  return [path, slice ?? {}] as const;
});

/** The message modules (`en.ts` and the `en/*` slices) in a consumer's first load. */
async function messageModulesInFirstLoad(code: string): Promise<string[]> {
  const result = await build(buildOptions({ code, resolveDir: ROOT, external: 'packages' }));
  const { firstLoad } = firstLoadOutputs(result.metafile);
  const inputs = [...firstLoad].flatMap((path) =>
    Object.keys(result.metafile.outputs[path]?.inputs ?? {}),
  );
  return inputs
    .filter((input) => /src\/components\/i18n\/en(\.ts|\/)/.test(input))
    .map((input) => input.slice(input.indexOf('src/components/i18n/')))
    .sort();
}

describe('the English slices', () => {
  it('hold every key of `en` exactly once, with the same text', () => {
    const seen = new Map<string, string>();
    for (const [path, slice] of slices) {
      for (const key of Object.keys(slice)) {
        expect([key, seen.get(key)]).toEqual([key, undefined]);
        seen.set(key, path);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(en).sort());
    expect(Object.assign({}, ...slices.map(([, slice]) => slice))).toEqual(en);
  });
});

describe('useMessageSlice', () => {
  it('types the table as the keys of the slices named, so a screen cannot read one they lack (tsc)', () => {
    type SignInTable = ReturnType<
      typeof useMessageSlice<[typeof commonMessages, typeof signInMessages]>
    >;
    expectTypeOf<SignInTable>().toHaveProperty('title.signIn');
    expectTypeOf<SignInTable>().toHaveProperty('label.email');
    expectTypeOf<SignInTable>().not.toHaveProperty('title.deleteAccount');
    expectTypeOf<SignInTable>().not.toHaveProperty('errors.unknown');
  });
});

describe("a screen's first load carries its own messages only", () => {
  it('SignInForm: the sign-in, shared, form-feedback and error slices, not the whole table', async () => {
    const modules = await messageModulesInFirstLoad(
      `export { SignInForm } from './src/components/signIn/SignInForm';`,
    );
    expect(modules).toEqual([
      'src/components/i18n/en/common.ts',
      'src/components/i18n/en/errors.ts',
      'src/components/i18n/en/formFeedback.ts',
      'src/components/i18n/en/oauthButtons.ts',
      'src/components/i18n/en/signIn.ts',
      'src/components/i18n/en/signedIn.ts',
      'src/components/i18n/en/ui.ts',
    ]);
  });

  it('the form primitives: validation and error texts, and their own chrome', async () => {
    const modules = await messageModulesInFirstLoad(
      `export { TextField } from './src/components/ui/TextField';
       export { FormRootError } from './src/components/form/FormRootError';
       export { SubmitButton } from './src/components/form/SubmitButton';
       export { MessagesProvider } from './src/components/i18n/MessagesProvider';`,
    );
    expect(modules).toEqual([
      'src/components/i18n/en/errors.ts',
      'src/components/i18n/en/formFeedback.ts',
      'src/components/i18n/en/ui.ts',
    ]);
  });

  it('useMessages brings the whole English table, for apps that ask for every key', async () => {
    const modules = await messageModulesInFirstLoad(
      `export { useMessages } from './src/components/i18n/useMessages';`,
    );
    expect(modules).toContain('src/components/i18n/en.ts');
    expect(modules).toHaveLength(slices.length + 1);
  });
});

/**
 * The forms' resolver: zod/mini (Standard Schema) issues to react-hook-form errors, the rules of
 * `@hookform/resolvers`' standard-schema resolver that the kit relies on.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import type { ResolverOptions } from 'react-hook-form';
import { schemaResolver } from '../../../src/components/form/schemaResolver';
import { newPasswordSchema, signInSchema } from '../../../src/components/schemas';

type Values = Record<string, unknown>;
const options = (fields: Record<string, unknown> = {}) =>
  ({ fields, shouldUseNativeValidation: false }) as unknown as ResolverOptions<Values>;

describe('schemaResolver', () => {
  it('returns the parsed values when valid (the trimmed email)', async () => {
    const resolve = schemaResolver(signInSchema());
    expect(
      await resolve({ email: ' ada@example.com ', password: 'x' }, undefined, options()),
    ).toEqual({
      values: { email: 'ada@example.com', password: 'x' },
      errors: {},
    });
  });

  it('keeps the first message of each field and attaches its ref', async () => {
    const ref = { name: 'email', focus: () => undefined };
    const resolve = schemaResolver(signInSchema());
    const result = await resolve(
      { email: '', password: '' },
      undefined,
      // What react-hook-form hands a resolver: each field's `_f` (name, ref) by name.
      options({ email: { ref, name: 'email' }, password: { name: 'password' } }),
    );
    expect(result.values).toEqual({});
    // `email` fails "required" first (abort): one message, not two.
    expect(result.errors).toEqual({
      email: {
        type: '',
        message: expect.stringContaining('validation.emailRequired'),
        ref,
      },
      password: { type: '', message: expect.stringContaining('validation.passwordRequired') },
    });
  });

  it('puts a refinement on its path (passwordsMatch: confirmPassword)', async () => {
    const resolve = schemaResolver(newPasswordSchema());
    const result = await resolve(
      { password: 'secret1', confirmPassword: 'secret2' },
      undefined,
      options(),
    );
    expect(Object.keys(result.errors)).toEqual(['confirmPassword']);
    expect(result.errors.confirmPassword?.message).toContain('validation.passwordMismatch');
  });

  it('nests dotted paths and joins pathless issues under root', async () => {
    const schema = z
      .object({ address: z.object({ city: z.string().check(z.minLength(1, 'city')) }) })
      .check(
        z.refine(() => false, 'first'),
        z.refine(() => false, 'second'),
      );
    const resolve = schemaResolver(schema);
    const result = await resolve({ address: { city: '' } }, undefined, options());
    expect(result.errors).toEqual({
      address: { city: { type: '', message: 'city' } },
      root: { type: '', message: 'first\nsecond' },
    });
    const rootOnly = await resolve({ address: { city: 'Paris' } }, undefined, options());
    expect(rootOnly.errors).toEqual({ root: { type: '', message: 'first\nsecond' } });
  });
});

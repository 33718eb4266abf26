/**
 * The response readers of wire.ts whose fields are `z.custom` predicates rather than zod's union
 * and array types (kept off every page for weight, issue 14): each accepts what the hosted service
 * and its spec send and refuses the wrong shape, as the union and array schemas did.
 */
import { describe, expect, it } from 'vitest';
import { emailProvidersDataSchema, firstApiError, sessionDataSchema } from '../../../src/core/wire';

const session = {
  uid: 'u1',
  email: 'a@b.co',
  emailVerified: false,
  idToken: 'id',
  refreshToken: 'refresh',
};

describe('expiresIn', () => {
  it('accepts the spec’s digit string and a number', () => {
    expect(sessionDataSchema.safeParse({ ...session, expiresIn: '3600' }).success).toBe(true);
    expect(sessionDataSchema.safeParse({ ...session, expiresIn: 3600 }).success).toBe(true);
  });

  it('refuses a string that is not a count of seconds, and a missing value', () => {
    expect(sessionDataSchema.safeParse({ ...session, expiresIn: '1h' }).success).toBe(false);
    expect(sessionDataSchema.safeParse({ ...session, expiresIn: '' }).success).toBe(false);
    expect(sessionDataSchema.safeParse({ ...session, expiresIn: null }).success).toBe(false);
    expect(sessionDataSchema.safeParse({ ...session, expiresIn: Number.NaN }).success).toBe(false);
    expect(sessionDataSchema.safeParse({ ...session, expiresIn: Infinity }).success).toBe(false);
    expect(sessionDataSchema.safeParse(session).success).toBe(false);
  });
});

describe('email providers lists', () => {
  it('accepts lists of strings, and absent lists', () => {
    const parsed = emailProvidersDataSchema.safeParse({
      registered: true,
      signinMethods: ['password'],
      allProviders: ['password', 'google.com'],
    });
    expect(parsed.success && parsed.data.signinMethods).toEqual(['password']);
    expect(emailProvidersDataSchema.safeParse({ registered: false }).success).toBe(true);
  });

  it('refuses a list holding something else, and a string in place of a list', () => {
    expect(
      emailProvidersDataSchema.safeParse({ registered: true, signinMethods: ['password', 1] })
        .success,
    ).toBe(false);
    expect(
      emailProvidersDataSchema.safeParse({ registered: true, allProviders: 'password' }).success,
    ).toBe(false);
  });
});

describe('firstApiError', () => {
  const entry = { code: '400', title: 'Bad Request', detail: 'EMAIL_EXISTS' };

  it('reads the spec’s flat body and the SDK fixtures’ nested one', () => {
    expect(firstApiError({ errors: [entry] })).toEqual(entry);
    expect(firstApiError({ data: null, errors: { errors: [entry] } })).toEqual(entry);
  });

  it('takes a numeric code as well as a string one', () => {
    expect(firstApiError({ errors: [{ ...entry, code: 400 }] })?.code).toBe(400);
  });

  it('gives undefined for bodies that are not error bodies', () => {
    expect(firstApiError(undefined)).toBeUndefined();
    expect(firstApiError(null)).toBeUndefined();
    expect(firstApiError('<html>gateway</html>')).toBeUndefined();
    expect(firstApiError({ errors: [] })).toBeUndefined();
    expect(firstApiError({ errors: 'EMAIL_EXISTS' })).toBeUndefined();
    expect(firstApiError({ errors: [{ ...entry, code: true }] })).toBeUndefined();
    expect(firstApiError({ errors: [{ ...entry, code: Number.NaN }] })).toBeUndefined();
    expect(firstApiError({ errors: [{ ...entry, detail: 7 }] })).toBeUndefined();
  });
});

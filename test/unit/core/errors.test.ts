import { describe, expect, it } from 'vitest';
import {
  AuthError,
  codeFromDetail,
  isAuthError,
  protectTokenValues,
  redactTokens,
} from '../../../src/core/errors';
import {
  newOobCode,
  newOpaque,
  newRefreshToken,
  newSessionId,
  newUid,
} from '../../../src/emulator/random';

describe('codeFromDetail', () => {
  it.each([
    ['EMAIL_EXISTS', 400, 'email_exists'],
    ['The email address is already in use by another account.', 422, 'email_exists'],
    ['EMAIL_NOT_FOUND', 400, 'email_not_found'],
    ['INVALID_PASSWORD', 400, 'invalid_password'],
    ['INVALID_LOGIN_CREDENTIALS', 400, 'invalid_credentials'],
    ['WEAK_PASSWORD : Password should be at least 6 characters', 400, 'weak_password'],
    ['USER_DISABLED', 400, 'user_disabled'],
    ['INVALID_OOB_CODE', 400, 'invalid_oob_code'],
    ['EXPIRED_OOB_CODE', 400, 'expired_oob_code'],
    ['INVALID_IDP_RESPONSE : Unknown session', 400, 'invalid_idp_response'],
    ['TOKEN_EXPIRED', 400, 'refresh_token_revoked'],
    ['INVALID_REFRESH_TOKEN', 400, 'invalid_refresh_token'],
    ['There is no user record corresponding to the provided identifier.', 422, 'user_not_found'],
    ['No email address provided', 422, 'missing_fields'],
    ['No newPassword, uid, or oobCode provided', 422, 'missing_fields'],
    ['Please provide a valid email and password', 422, 'missing_fields'],
    [
      'Auth token has expired. Get a fresh ID token from your client app and try again.',
      403,
      'token_expired',
    ],
  ] as const)('maps %j (HTTP %i) to %s', (detail, status, code) => {
    expect(codeFromDetail(detail, status)).toBe(code);
  });

  it('falls back to the HTTP status for details it does not know', () => {
    expect(codeFromDetail('Something new', 403)).toBe('permission_denied');
    expect(codeFromDetail('Error processing your request', 500)).toBe('server_error');
    expect(codeFromDetail(undefined, 401)).toBe('unauthenticated');
    expect(codeFromDetail('Something new', 418)).toBe('unknown');
  });
});

describe('AuthError', () => {
  it('is recognised by isAuthError even without instanceof (duplicated bundles)', () => {
    const error = new AuthError('network', 'offline');
    const lookalike = Object.assign(Object.create(null), {
      [Symbol.for('deskree-auth-react.AuthError')]: true,
    });
    expect(isAuthError(error)).toBe(true);
    expect(isAuthError(lookalike)).toBe(true);
    expect(isAuthError(new Error('x'))).toBe(false);
    expect(isAuthError(null)).toBe(false);
  });

  it('says which failures are worth retrying', () => {
    expect(new AuthError('network', '').retryable).toBe(true);
    expect(new AuthError('timeout', '').retryable).toBe(true);
    expect(new AuthError('invalid_password', '').retryable).toBe(false);
  });
});

describe('redactTokens', () => {
  it('cuts JWTs and long opaque tokens out of text', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    const opaque = 'A'.repeat(80);
    expect(redactTokens(`bad ${jwt} and ${opaque}`)).toBe('bad [redacted] and [redacted]');
  });
});

/** URL-safe text of `length` characters from a fixed seed: the same "random" token on every run. */
function seededToken(length: number, seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

// Values the API hands out, from the spec's examples and the emulator's generators (the same
// shapes as Google Identity Platform's): a JWT id token, refresh tokens, oobCodes, OAuth session
// ids, uids and OAuth codes.
const SPEC_ID_TOKEN =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IjUwYTdhYTlkIn0.eyJzdWIiOiJnMTZic2YyRE45WDNDYkdOMW9zbUFqcEhsRjgzIn0.ch20lWIO6c26ZHi3Di1zPdGjfAQkndCKO-L17_lORswI6RY8sLrA8LHdkI1Tk73';
const API_TOKENS: Array<[string, string]> = [
  ['spec id token (JWT)', SPEC_ID_TOKEN],
  [
    'spec refresh token (270)',
    'AIwUaOn0QXtzI0f_DbKca7QfoHnKhSlswIHoOuL5Hsrg-UGePN5aQID6giYWkvyMlLCk-67pVxNXC5yvoMuvhsTLab6FkSaCM2zK4vwxWplCAjMuTI_Ux7CVl3tTSexEjGd6NZQuNeKHYlI8zWPBLW4bvGtJ1Tc6NwpvIKRAi_ZNDl9Zcir0UDQQp_LPTuQu58F2ZIetfeG_oZB5rDbmo3F7uKOtsDihtywnZYHZm1C7E-Qp7GEWBc8',
  ],
  ['emulator refresh token (166)', newRefreshToken()],
  ['spec oobCode (25)', 'na9uubnkloaf9n18n9u112u41'],
  ['emulator oobCode (43)', newOobCode()],
  ['spec OAuth session id (27)', 'Y31RHgVt30cTUZfbh3KYVTJbUT0'],
  ['spec OAuth session id (29)', 'MjzipXZkgtj5IUddfspnsVJowq3AM'],
  ['emulator OAuth session id (28)', newSessionId()],
  ['spec uid (28)', 'g16bsf2DN9X3CbGN1osmAjpHlF83'],
  ['emulator uid (28)', newUid()],
  ['spec OAuth code (17)', '0aksd09d0jd091ij0'],
  ['spec OAuth session id (19)', 'kasdoa0123-012sdasd'],
  ['emulator OAuth code (43)', newOpaque()],
];

describe('redaction', () => {
  it.each(API_TOKENS)('cuts a %s out of message, title, detail, toJSON and stack', (_, token) => {
    const error = new AuthError('bad_request', `Rejected ${token}.`, {
      status: 400,
      title: `Bad token ${token}`,
      detail: `INVALID_IDP_RESPONSE : ${token}`,
    });
    for (const text of [
      error.message,
      error.title,
      error.detail,
      JSON.stringify(error),
      error.stack,
      String(error),
    ])
      expect(text).not.toContain(token);
    expect(error.message).toBe('Rejected [redacted].');
    expect(error.detail).toBe('INVALID_IDP_RESPONSE : [redacted]');
  });

  it('cuts tokens of every length from 16 to 1,200 characters', () => {
    for (let length = 16; length <= 1200; length++) {
      const token = seededToken(length, length);
      // Pure-letter runs below 40 are indistinguishable from words; the API never sends one.
      if (length < 40 && !/\d/.test(token) && !(/[a-z]/.test(token) && /[A-Z]/.test(token)))
        continue;
      expect(redactTokens(`x ${token} y`), `length ${length}`).toBe('x [redacted] y');
    }
  });

  it('redacts the title when there is no detail (it then becomes the message)', () => {
    const token = newRefreshToken();
    const error = new AuthError('bad_request', `Bad ${token}`, { title: `Bad ${token}` });
    expect(error.toJSON()).toMatchObject({ title: 'Bad [redacted]', message: 'Bad [redacted]' });
  });

  it('cuts the exact current token values out, whatever their shape, until released', () => {
    const odd = 'short.token/with+symbols';
    const release = protectTokenValues([odd]);
    expect(new AuthError('unknown', `saw ${odd} twice: ${odd}`).message).toBe(
      'saw [redacted] twice: [redacted]',
    );
    release();
    expect(redactTokens(`saw ${odd}`)).toBe(`saw ${odd}`);
  });

  it('keeps the words, codes and sentences the API writes', () => {
    for (const text of [
      'TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account has been temporarily disabled.',
      'CREDENTIAL_TOO_OLD_LOGIN_AGAIN',
      'OPERATION_NOT_ALLOWED : The identity provider configuration is not found.',
      'There is no user record corresponding to the provided email.',
      'No newPassword, uid, or oobCode provided',
      'Request failed (HTTP 400): POST auth/accounts/verify/password-reset',
      'someone.with.a.long.name@example-company.com',
    ])
      expect(redactTokens(text)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { AuthError, codeFromDetail, isAuthError, redactTokens } from '../../../src/core/errors';

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

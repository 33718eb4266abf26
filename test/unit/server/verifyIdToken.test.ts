// @vitest-environment node
/**
 * verifyIdToken checks what Firebase documents for third-party JWT libraries, and nothing an
 * attacker controls (the header's `alg`, an unknown `kid`, an edited payload) gets past it.
 */
import { SignJWT, exportSPKI, importJWK, type CryptoKey } from 'jose';
import { verifyIdToken, type VerifyIdTokenOptions } from '../../../src/server';
import { isAuthError } from '../../../src/core/errors';
import {
  JWKS_URL,
  KID,
  PROJECT,
  T0,
  claimsAt,
  createKeys,
  encodeJson,
  jwksServer,
  sign,
  type TestKeys,
} from './keys';

let keys: TestKeys;
let server: ReturnType<typeof jwksServer>;
let clock: number;

beforeAll(async () => {
  keys = await createKeys();
});

beforeEach(() => {
  clock = T0;
  // A fresh fetch per test: the key cache is per fetch function, so tests do not share it.
  server = jwksServer({ keys: [keys.publicJwk] });
});

const options = (extra: Partial<VerifyIdTokenOptions> = {}): VerifyIdTokenOptions => ({
  projectId: PROJECT,
  jwksUrl: JWKS_URL,
  fetch: server.fetch,
  now: () => clock,
  ...extra,
});

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(isAuthError(error), String(error)).toBe(true);
  return error as { code: string; message: string };
}

describe('verifyIdToken', () => {
  it('accepts a valid token and resolves the user and claims', async () => {
    const token = await sign(keys, claimsAt());
    await expect(verifyIdToken(token, options())).resolves.toEqual({
      uid: 'uid-1',
      email: 'ada@example.com',
      emailVerified: true,
      signInProvider: 'password',
      claims: claimsAt(),
    });
  });

  it('rejects an expired token with token_expired, within the clock tolerance it passes', async () => {
    const token = await sign(keys, claimsAt());
    clock = T0 + 3600_000 + 3_000;
    await expect(verifyIdToken(token, options())).resolves.toMatchObject({ uid: 'uid-1' });
    clock = T0 + 3600_000 + 6_000;
    const error = await rejection(verifyIdToken(token, options()));
    expect(error.code).toBe('token_expired');
    expect(error.message).not.toContain(token);
  });

  it.each([
    ['audience', { aud: 'another-project' }],
    ['issuer', { iss: 'https://securetoken.google.com/another-project' }],
    ['issuer host', { iss: `https://evil.example/${PROJECT}` }],
  ])('rejects a wrong %s', async (_name, override) => {
    const token = await sign(keys, claimsAt(T0, override));
    expect((await rejection(verifyIdToken(token, options()))).code).toBe('unauthenticated');
  });

  it('rejects alg "none" without looking up a key', async () => {
    const token = `${encodeJson({ alg: 'none', kid: KID, typ: 'JWT' })}.${encodeJson(claimsAt())}.`;
    expect((await rejection(verifyIdToken(token, options()))).code).toBe('unauthenticated');
    expect(server.requests).toBe(0);
  });

  it('rejects HS256 signed with the public key as the HMAC secret (algorithm confusion)', async () => {
    const publicKey = await importJWK(keys.publicJwk, 'RS256', { extractable: true });
    const publicPem = await exportSPKI(publicKey as CryptoKey);
    for (const secret of [publicPem, JSON.stringify(keys.publicJwk), keys.publicJwk.n!]) {
      const token = await new SignJWT(claimsAt())
        .setProtectedHeader({ alg: 'HS256', kid: KID, typ: 'JWT' })
        .sign(new TextEncoder().encode(secret));
      expect((await rejection(verifyIdToken(token, options()))).code).toBe('unauthenticated');
    }
  });

  it('rejects an unknown kid after one early re-fetch of the keys (key rotation)', async () => {
    await verifyIdToken(await sign(keys, claimsAt()), options());
    expect(server.requests).toBe(1);
    const token = await sign(keys, claimsAt(), { kid: 'rotated-away' });
    // Just fetched: no re-fetch, so forged kids cannot make every request download keys.
    expect((await rejection(verifyIdToken(token, options()))).code).toBe('unauthenticated');
    expect(server.requests).toBe(1);
    clock += 31_000;
    expect((await rejection(verifyIdToken(token, options()))).code).toBe('unauthenticated');
    expect(server.requests).toBe(2);
  });

  it('accepts a new kid published by a rotation before the cache expires', async () => {
    await verifyIdToken(await sign(keys, claimsAt()), options());
    const next = await createKeys();
    server.jwks = { keys: [keys.publicJwk, { ...next.publicJwk, kid: 'key-2' }] };
    clock += 60_000;
    const token = await sign(next, claimsAt(clock), { kid: 'key-2' });
    await expect(verifyIdToken(token, options())).resolves.toMatchObject({ uid: 'uid-1' });
    expect(server.requests).toBe(2);
  });

  it('rejects an edited payload (signature no longer matches)', async () => {
    const token = await sign(keys, claimsAt());
    const [header, , signature] = token.split('.');
    const edited = `${header}.${encodeJson(claimsAt(T0, { email: 'mallory@example.com' }))}.${signature}`;
    expect((await rejection(verifyIdToken(edited, options()))).code).toBe('unauthenticated');
  });

  it('rejects sub ≠ user_id, an empty sub, and iat or auth_time in the future', async () => {
    const future = Math.floor(T0 / 1000) + 60;
    for (const override of [
      { sub: 'uid-2' },
      { sub: '', user_id: '' },
      { iat: future },
      { auth_time: future },
    ]) {
      const token = await sign(keys, claimsAt(T0, override));
      const error = await rejection(verifyIdToken(token, options()));
      expect(error.code, JSON.stringify(override)).toBe('unauthenticated');
    }
  });

  it('rejects garbage and a token signed by another key with the same kid', async () => {
    expect((await rejection(verifyIdToken('not-a-jwt', options()))).code).toBe('unauthenticated');
    const stranger = await createKeys();
    const token = await sign(stranger, claimsAt());
    expect((await rejection(verifyIdToken(token, options()))).code).toBe('unauthenticated');
  });

  it('caches the keys for the max-age of Cache-Control (counting requests)', async () => {
    const token = await sign(keys, claimsAt());
    await Promise.all([verifyIdToken(token, options()), verifyIdToken(token, options())]);
    await verifyIdToken(token, options());
    expect(server.requests).toBe(1);
    clock = T0 + 599_000;
    await verifyIdToken(token, options());
    expect(server.requests).toBe(1);
    clock = T0 + 601_000;
    await verifyIdToken(token, options());
    expect(server.requests).toBe(2);
  });

  it('re-fetches every time when the keys answer says no-store', async () => {
    server = jwksServer({ keys: [keys.publicJwk] }, 'no-store');
    const token = await sign(keys, claimsAt());
    await verifyIdToken(token, options());
    await verifyIdToken(token, options());
    expect(server.requests).toBe(2);
  });

  it('reports an unreachable key server as network, not as a bad token', async () => {
    const error = await rejection(
      verifyIdToken(await sign(keys, claimsAt()), {
        ...options(),
        fetch: () => Promise.reject(new TypeError('fetch failed')),
      }),
    );
    expect(error.code).toBe('network');
  });
});

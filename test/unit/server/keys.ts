/**
 * A key pair and a JWKS endpoint that counts its requests, for the server tests: tokens are signed
 * here the way Identity Platform signs them, so each test can break exactly one property.
 */
import { SignJWT, exportJWK, generateKeyPair, base64url, type CryptoKey, type JWK } from 'jose';
import type { FetchLike } from '../../../src/core/http';

export const PROJECT = 'deskree-test-1';
export const ISSUER = `https://securetoken.google.com/${PROJECT}`;
export const JWKS_URL = 'https://keys.test/jwks.json';
export const KID = 'key-1';
export const T0 = Date.UTC(2031, 4, 1, 9, 0, 0);

export interface TestKeys {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function createKeys(): Promise<TestKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256' } };
}

/** Firebase-shaped claims issued at `T0` for one hour. */
export function claimsAt(now = T0, overrides: Record<string, unknown> = {}) {
  const iat = Math.floor(now / 1000);
  return {
    iss: ISSUER,
    aud: PROJECT,
    auth_time: iat,
    user_id: 'uid-1',
    sub: 'uid-1',
    iat,
    exp: iat + 3600,
    email: 'ada@example.com',
    email_verified: true,
    firebase: { identities: { email: ['ada@example.com'] }, sign_in_provider: 'password' },
    ...overrides,
  };
}

export function sign(
  keys: TestKeys,
  claims: Record<string, unknown>,
  header: Record<string, unknown> = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT', ...header } as { alg: string })
    .sign(keys.privateKey);
}

export const encodeJson = (value: unknown) =>
  base64url.encode(new TextEncoder().encode(JSON.stringify(value)));

/** A fetch that serves `jwks` at JWKS_URL with `cacheControl`, and counts the requests. */
export function jwksServer(
  jwks: { keys: JWK[] },
  cacheControl: string | null = 'public, max-age=600',
) {
  const server = {
    requests: 0,
    jwks,
    fetch: (async (input: Request | string | URL) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url !== JWKS_URL) return new Response('not found', { status: 404 });
      server.requests += 1;
      return new Response(JSON.stringify(server.jwks), {
        headers: {
          'content-type': 'application/json',
          ...(cacheControl ? { 'cache-control': cacheControl } : {}),
        },
      });
    }) as FetchLike,
  };
  return server;
}

/**
 * RS256 id tokens shaped like Google Identity Platform's. The key pair is created lazily (Web
 * Crypto is async) and exported as a JWK so a persisted emulator keeps accepting its old tokens.
 */
import {
  SignJWT,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  errors as joseErrors,
} from 'jose';
import type { CryptoKey as JoseCryptoKey, JWK } from 'jose';
import type { AccountRecord, JsonWebKeySet, SignInMethod, SigningKeyRecord } from './types.js';

interface LoadedKey {
  record: SigningKeyRecord;
  privateKey: JoseCryptoKey;
  publicKey: JoseCryptoKey;
  publicJwk: JsonWebKey;
}

export interface IdTokenClaims {
  iss: string;
  aud: string;
  auth_time: number;
  user_id: string;
  sub: string;
  iat: number;
  exp: number;
  email: string;
  email_verified: boolean;
  firebase: { identities: Record<string, string[]>; sign_in_provider: SignInMethod };
}

export type VerifyResult =
  { ok: true; claims: IdTokenClaims } | { ok: false; reason: 'expired' | 'invalid' };

function publicPart(jwk: JWK): JsonWebKey {
  const { kty, n, e } = jwk;
  return { kty, n, e } as JsonWebKey;
}

export class TokenService {
  #loaded: Promise<LoadedKey> | undefined;
  #record: SigningKeyRecord | undefined;

  constructor(
    private readonly projectId: string,
    private readonly ttlSeconds: number,
    private readonly now: () => number,
    initial?: SigningKeyRecord,
  ) {
    this.#record = initial;
  }

  get issuer(): string {
    return `https://securetoken.google.com/${this.projectId}`;
  }

  /** The exported key, once one exists (snapshots are synchronous). */
  get signingKey(): SigningKeyRecord | undefined {
    return this.#record;
  }

  #key(): Promise<LoadedKey> {
    this.#loaded ??= this.#load().catch((error: unknown) => {
      this.#loaded = undefined;
      throw error;
    });
    return this.#loaded;
  }

  async #load(): Promise<LoadedKey> {
    if (this.#record) {
      const jwk = this.#record.privateJwk as JWK;
      const privateKey = (await importJWK(jwk, 'RS256')) as JoseCryptoKey;
      const publicJwk = publicPart(jwk);
      const publicKey = (await importJWK(publicJwk as JWK, 'RS256')) as JoseCryptoKey;
      return { record: this.#record, privateKey, publicKey, publicJwk };
    }
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const privateJwk = await exportJWK(privateKey);
    const publicJwkFull = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwkFull);
    const record: SigningKeyRecord = { kid, privateJwk: privateJwk as JsonWebKey };
    this.#record = record;
    return { record, privateKey, publicKey, publicJwk: publicPart(publicJwkFull) };
  }

  /** Generates the key now, so the next snapshot carries it. */
  async ready(): Promise<void> {
    await this.#key();
  }

  async jwks(): Promise<JsonWebKeySet> {
    const key = await this.#key();
    return {
      keys: [{ ...key.publicJwk, alg: 'RS256', use: 'sig', kid: key.record.kid } as JsonWebKey],
    };
  }

  async sign(
    account: AccountRecord,
    signInProvider: SignInMethod,
    authTime: number,
  ): Promise<string> {
    const key = await this.#key();
    const iat = Math.floor(this.now() / 1000);
    const identities: Record<string, string[]> = { email: [account.email] };
    for (const link of account.providers) identities[link.providerId] = [link.rawId];
    const claims: IdTokenClaims = {
      iss: this.issuer,
      aud: this.projectId,
      auth_time: authTime,
      user_id: account.uid,
      sub: account.uid,
      iat,
      exp: iat + this.ttlSeconds,
      email: account.email,
      email_verified: account.emailVerified,
      firebase: { identities, sign_in_provider: signInProvider },
    };
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: key.record.kid, typ: 'JWT' })
      .sign(key.privateKey);
  }

  /**
   * What jose does not check but Firebase's verifiers do: `aud` is one string, `sub` is a non-empty
   * string equal to `user_id`, `iat` and `auth_time` are not in the future, and the token does not
   * live longer than the emulator issues tokens for.
   */
  #saneClaims(payload: Record<string, unknown>): boolean {
    const nowSeconds = Math.floor(this.now() / 1000);
    const { aud, sub, user_id: userId, iat, exp, auth_time: authTime } = payload;
    if (typeof aud !== 'string' || aud !== this.projectId) return false;
    if (typeof sub !== 'string' || sub === '' || sub.length > 128 || userId !== sub) return false;
    if (typeof iat !== 'number' || typeof exp !== 'number' || typeof authTime !== 'number')
      return false;
    if (![iat, exp, authTime].every(Number.isInteger)) return false;
    if (iat > nowSeconds || authTime > nowSeconds || authTime > iat) return false;
    return exp > iat && exp - iat <= this.ttlSeconds;
  }

  async verify(token: string): Promise<VerifyResult> {
    const key = await this.#key();
    try {
      const { payload } = await jwtVerify(token, key.publicKey, {
        issuer: this.issuer,
        audience: this.projectId,
        algorithms: ['RS256'],
        currentDate: new Date(this.now()),
        requiredClaims: ['exp', 'iat', 'sub', 'auth_time'],
      });
      if (!this.#saneClaims(payload)) return { ok: false, reason: 'invalid' };
      return { ok: true, claims: payload as unknown as IdTokenClaims };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return { ok: false, reason: 'expired' };
      return { ok: false, reason: 'invalid' };
    }
  }
}

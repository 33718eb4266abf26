/**
 * PBKDF2-SHA256 through Web Crypto so the emulator also runs in browsers and workers. The
 * iteration count is stored with each hash: lowering it for fast tests never breaks old hashes.
 */
import type { PasswordHash } from './types.js';
import { base64UrlDecode, base64UrlEncode, randomBytes } from './random.js';

export const MIN_PASSWORD_LENGTH = 6;

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPassword(password: string, iterations: number): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, iterations);
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations,
    salt: base64UrlEncode(salt),
    hash: base64UrlEncode(hash),
  };
}

export async function verifyPassword(
  password: string,
  stored: PasswordHash | undefined,
): Promise<boolean> {
  if (!stored) return false;
  const actual = await derive(password, base64UrlDecode(stored.salt), stored.iterations);
  const expected = base64UrlDecode(stored.hash);
  if (actual.length !== expected.length) return false;
  // Constant-time comparison: the emulator should not teach timing-leaky habits.
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}

export function isWeakPassword(password: string): boolean {
  return password.length < MIN_PASSWORD_LENGTH;
}

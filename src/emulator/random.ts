/** Random identifiers from Web Crypto, shaped like the ones Google Identity Platform hands out. */

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlDecode(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Alphanumeric string; rejection sampling keeps the distribution uniform. */
export function randomAlphanumeric(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 62 * 4: bytes above it would favour the first characters.
      if (byte < 248 && out.length < length) out += ALPHANUMERIC[byte % 62];
    }
  }
  return out;
}

/** 28 characters, like Firebase uids. */
export function newUid(): string {
  return randomAlphanumeric(28);
}

/** Long opaque token like Google's `AMf-vB...` refresh tokens. */
export function newRefreshToken(): string {
  return 'AMf-vB' + base64UrlEncode(randomBytes(120));
}

export function newOobCode(): string {
  return base64UrlEncode(randomBytes(32));
}

/** The API's `sessionId` (28 characters, like createAuthUri's), e.g. an OAuth handshake's id. */
export function newSessionId(): string {
  return randomAlphanumeric(28);
}

export function newOpaque(bytes = 32): string {
  return base64UrlEncode(randomBytes(bytes));
}

/** Numeric provider user id, like Google's 21-digit `sub`. */
export function newNumericId(length = 21): string {
  let out = '';
  for (const byte of randomBytes(length)) out += String(byte % 10);
  return out.replace(/^0/, '1');
}

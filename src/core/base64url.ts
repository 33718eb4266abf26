/**
 * base64url (RFC 4648 §5, no padding) over UTF-8 text: the session cookie's encoding and a JWT
 * payload's. One decoder for both, so a page that reads a cookie and a token ships it once.
 */

/** UTF-8 text as base64url without padding. */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The UTF-8 text of base64url (padded or not), or `null` when it is not base64url or not UTF-8.
 * `atob` accepts a missing padding (the forgiving-base64 decode of the HTML spec).
 */
export function fromBase64Url(encoded: string): string | null {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    return UTF8.decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reading a `Cookie` header and writing `Set-Cookie` lines, for the two places that touch cookies:
 * the browser's cookie storage (`document.cookie` has the same syntax) and the server helpers.
 * Only what the session cookie needs; values are expected to be cookie-safe already (base64url).
 */

/** Attributes of one cookie write. */
export interface CookieAttributes {
  /** Seconds until the browser drops the cookie; `0` deletes it. Omitted: a browser-session cookie. */
  maxAge?: number;
  path?: string;
  domain?: string;
  sameSite?: 'Lax' | 'Strict' | 'None';
  secure?: boolean;
  httpOnly?: boolean;
}

/** `a=1; b=2` → Map { a → 1, b → 2 }. The first occurrence of a name wins, as in browsers. */
export function parseCookieHeader(header: string | null | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name && !cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

/** One `Set-Cookie` value (or a `document.cookie` assignment). */
export function serializeCookie(name: string, value: string, attributes: CookieAttributes): string {
  const parts = [`${name}=${value}`];
  if (attributes.maxAge !== undefined) parts.push(`Max-Age=${Math.floor(attributes.maxAge)}`);
  if (attributes.maxAge === 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (attributes.domain) parts.push(`Domain=${attributes.domain}`);
  parts.push(`Path=${attributes.path ?? '/'}`);
  if (attributes.sameSite) parts.push(`SameSite=${attributes.sameSite}`);
  if (attributes.secure) parts.push('Secure');
  if (attributes.httpOnly) parts.push('HttpOnly');
  return parts.join('; ');
}

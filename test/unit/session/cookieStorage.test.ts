/**
 * storage="cookie": the session engine's value in first-party cookies (jsdom's cookie jar), chunked
 * under 4 KB, readable by the server helpers, deleted without leftovers.
 */
import { cookieStorageAdapter } from '../../../src/core';
import { parseCookieHeader } from '../../../src/core/cookies/cookieHeader';
import { decodeSessionCookie } from '../../../src/core/cookies/sessionCookie';

const KEY = 'deskree-auth:session';

/** A jar that records every assignment, like `document.cookie` but inspectable. */
function recordingJar() {
  const writes: string[] = [];
  const jar = {
    writes,
    get cookie() {
      return document.cookie;
    },
    set cookie(line: string) {
      writes.push(line);
      document.cookie = line;
    },
  };
  return jar;
}

afterEach(() => {
  for (const name of parseCookieHeader(document.cookie).keys())
    document.cookie = `${name}=; Max-Age=0; Path=/`;
});

describe('cookieStorageAdapter', () => {
  it('round-trips a value under a cookie-safe name with SameSite=Lax, Path=/ and a long Max-Age', () => {
    const jar = recordingJar();
    const storage = cookieStorageAdapter({ document: jar });
    storage.setItem(KEY, '{"v":1,"note":"é ✓"}');
    expect(storage.getItem(KEY)).toBe('{"v":1,"note":"é ✓"}');
    expect(jar.writes).toHaveLength(1);
    expect(jar.writes[0]).toMatch(
      /^deskree-auth-session=[\w-]+; Max-Age=34560000; Path=\/; SameSite=Lax$/,
    );
  });

  it('adds Secure on https pages (or when asked)', () => {
    const jar = recordingJar();
    cookieStorageAdapter({ document: jar, secure: true }).setItem(KEY, 'x');
    expect(jar.writes[0]).toMatch(/; Secure$/);
  });

  it('splits a large session into chunks under 4 KB and reads them back; a shorter one leaves no chunk', () => {
    const jar = recordingJar();
    const storage = cookieStorageAdapter({ document: jar });
    const large = JSON.stringify({ token: 'a'.repeat(7000) });
    storage.setItem(KEY, large);
    const names = [...parseCookieHeader(document.cookie).keys()];
    expect(names).toEqual([
      'deskree-auth-session.0',
      'deskree-auth-session.1',
      'deskree-auth-session.2',
      'deskree-auth-session.3',
    ]);
    for (const line of jar.writes) expect(new TextEncoder().encode(line).length).toBeLessThan(4096);
    expect(storage.getItem(KEY)).toBe(large);
    // What the server reads from the same Cookie header:
    expect(decodeSessionCookie('deskree-auth-session', parseCookieHeader(document.cookie))).toBe(
      large,
    );

    storage.setItem(KEY, '{"small":true}');
    expect([...parseCookieHeader(document.cookie).keys()]).toEqual(['deskree-auth-session']);
    expect(storage.getItem(KEY)).toBe('{"small":true}');
  });

  it('removeItem deletes every cookie of the session and nothing else', () => {
    document.cookie = 'theme=dark; Path=/';
    const storage = cookieStorageAdapter();
    storage.setItem(KEY, JSON.stringify({ token: 'b'.repeat(4000) }));
    storage.removeItem(KEY);
    expect(storage.getItem(KEY)).toBeNull();
    expect(document.cookie).toBe('theme=dark');
  });

  it('reads a damaged cookie as nothing', () => {
    document.cookie = 'deskree-auth-session=%%%; Path=/';
    expect(cookieStorageAdapter().getItem(KEY)).toBeNull();
  });
});

/**
 * baseUrl: a path is resolved against the page (the emulator's Vite plugin serves `/api/v1/` on the
 * app's origin); a value that cannot be a base URL is a configuration error at creation, not a
 * "you appear to be offline" at the first request.
 */
import { createAuthClient, resolveBaseUrl } from '../../../src/core';
import { createTestEmulator } from '../../helpers/emulator';

describe('baseUrl', () => {
  it('resolves a path against the page', () => {
    expect(location.origin).toMatch(/^http/);
    expect(resolveBaseUrl({ baseUrl: '/api/v1/' })).toBe(`${location.origin}/api/v1/`);
    expect(resolveBaseUrl({ baseUrl: '/api/v1' })).toBe(`${location.origin}/api/v1/`);
    expect(createAuthClient({ baseUrl: '/api/v1/' }).baseUrl).toBe(`${location.origin}/api/v1/`);
  });

  it('sends requests from a relative baseUrl to the page origin', async () => {
    const { emulator } = createTestEmulator();
    const seen: string[] = [];
    const client = createAuthClient({
      baseUrl: '/api/v1/',
      fetch: (input, init) => {
        seen.push(String(input));
        return emulator.fetch(input, init);
      },
    });
    await client.signUp({ email: 'relative@example.com', password: 'correct-horse-4' });
    expect(seen).toEqual([`${location.origin}/api/v1/auth/accounts/signup`]);
  });

  it.each(['http//broken', 'ftp://files.example.com/api/', 'javascript:alert(1)', 'http://'])(
    'refuses %j at creation with a TypeError that names the fix',
    (baseUrl) => {
      expect(() => createAuthClient({ baseUrl })).toThrow(
        /baseUrl .* is not usable\. Give an http\(s\) URL/,
      );
    },
  );
});

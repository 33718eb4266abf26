// @vitest-environment node
/** On a server there is no page: a relative baseUrl is kept until a request needs it. */
import { createAuthClient, isAuthError } from '../../../src/core';

it('creates a client with a relative baseUrl during a server render, and refuses to send with it', async () => {
  const client = createAuthClient({ baseUrl: '/api/v1/' });
  expect(client.baseUrl).toBe('/api/v1/');
  const error = await client
    .signInWithEmail({ email: 'a@example.com', password: 'whatever1' })
    .catch((caught: unknown) => caught);
  expect(isAuthError(error)).toBe(false);
  expect(String(error)).toMatch(/relative baseUrl "\/api\/v1\/" needs a page .* absolute URL/);
});

/**
 * `useAuthClient` and `useClearQueriesOnSignOut`, imported from the root entry point.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import {
  authKeys,
  createAuthClient,
  createAuthSession,
  useAuthClient,
  useClearQueriesOnSignOut,
} from '../../../src/index';
import { createTestEmulator } from '../../helpers/emulator';
import { PASSWORD } from '../../helpers/password';
import { createReactHarness } from './harness';

describe('useAuthClient', () => {
  it("returns the provider's client, whose calls reach the provider's backend", async () => {
    const h = createReactHarness();
    const email = await h.seedUser();
    const { result } = renderHook(() => useAuthClient(), { wrapper: h.wrapper });
    expect(result.current).toBe(h.client);
    h.emulator.clearRequests();
    const providers = await result.current.fetchEmailProviders({ email });
    expect(providers.registered).toBe(true);
    expect(h.emulator.requestCount('/email-providers')).toBe(1);
  });

  it('throws outside an AuthProvider', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useAuthClient())).toThrow(/useAuthClient/);
    quiet.mockRestore();
  });
});

describe('useClearQueriesOnSignOut (an AuthSession driven without the provider)', () => {
  it("drops the user's authenticated queries on sign-out and keeps public ones", async () => {
    const { emulator, baseUrl } = createTestEmulator();
    const client = createAuthClient({ baseUrl, fetch: emulator.fetch });
    await emulator.createAccount({
      email: 'clear@example.com',
      password: PASSWORD,
      emailVerified: true,
    });
    const session = createAuthSession({ client, storage: 'memory', crossTab: false });
    const queryClient = new QueryClient();
    try {
      await session.initialize();
      renderHook(() => useClearQueriesOnSignOut(session, queryClient));
      await act(async () =>
        session.setSession(
          (await client.signInWithEmail({ email: 'clear@example.com', password: PASSWORD }))
            .session,
        ),
      );
      queryClient.setQueryData(authKeys.authenticated('todos'), ['private']);
      queryClient.setQueryData(authKeys.emailProviders('clear@example.com'), { registered: true });

      act(() => session.signOut());
      await waitFor(() =>
        expect(queryClient.getQueryData(authKeys.authenticated('todos'))).toBeUndefined(),
      );
      expect(queryClient.getQueryData(authKeys.emailProviders('clear@example.com'))).toEqual({
        registered: true,
      });
    } finally {
      session.destroy();
      queryClient.clear();
    }
  });

  it('does nothing when it is not mounted (the control case)', async () => {
    const { emulator, baseUrl } = createTestEmulator();
    const client = createAuthClient({ baseUrl, fetch: emulator.fetch });
    await emulator.createAccount({
      email: 'keep@example.com',
      password: PASSWORD,
      emailVerified: true,
    });
    const session = createAuthSession({ client, storage: 'memory', crossTab: false });
    const queryClient = new QueryClient();
    try {
      await session.initialize();
      session.setSession(
        (await client.signInWithEmail({ email: 'keep@example.com', password: PASSWORD })).session,
      );
      queryClient.setQueryData(authKeys.authenticated('todos'), ['private']);
      session.signOut();
      expect(queryClient.getQueryData(authKeys.authenticated('todos'))).toEqual(['private']);
    } finally {
      session.destroy();
      queryClient.clear();
    }
  });
});

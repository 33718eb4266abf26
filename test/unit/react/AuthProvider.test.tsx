import { act, render, renderHook, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { useAuth, useAuthSession, useSignIn, useUser } from '../../../src/react';
import { PASSWORD } from '../../helpers/password';
import { createReactHarness } from './harness';

describe('AuthProvider and useAuth', () => {
  it('names the fix when a hook is used outside the provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useAuth())).toThrow(
      'useAuth must be used inside <AuthProvider>. Wrap your app: <AuthProvider projectId="...">…</AuthProvider>',
    );
    spy.mockRestore();
  });

  it('starts loading, then reports signed out when storage is empty', async () => {
    const h = createReactHarness();
    const statuses: string[] = [];
    renderHook(
      () => {
        const auth = useAuth();
        statuses.push(auth.status);
        return auth;
      },
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(statuses.at(-1)).toBe('signedOut'));
    expect(statuses[0]).toBe('loading');
  });

  it('reads storage once under StrictMode and still works after the double mount', async () => {
    const h = createReactHarness({ strict: true });
    const email = await h.seedUser();
    const { result } = renderHook(() => ({ auth: useAuth(), signIn: useSignIn() }), {
      wrapper: h.wrapper,
    });
    await waitFor(() => expect(result.current.auth.status).toBe('signedOut'));
    expect(h.storage.reads).toBe(1);

    await act(() => result.current.signIn.mutateAsync({ email, password: PASSWORD }));
    expect(result.current.auth.isSignedIn).toBe(true);
    expect(result.current.auth.user?.email).toBe(email);
    expect(h.storage.data.get(h.storageKey)).toContain(result.current.auth.user?.uid ?? 'missing');
    expect(h.events.map((event) => event.type)).toEqual(['signedIn']);
  });

  it('restores a stored session without a sign-in event, and exposes a working getIdToken', async () => {
    const first = createReactHarness();
    const email = await first.seedUser();
    const { result, unmount } = renderHook(() => ({ auth: useAuth(), signIn: useSignIn() }), {
      wrapper: first.wrapper,
    });
    await waitFor(() => expect(result.current.auth.status).toBe('signedOut'));
    await act(() => result.current.signIn.mutateAsync({ email, password: PASSWORD }));
    const idToken = result.current.auth.session?.idToken;
    unmount();

    // A second page load over the same storage and emulator.
    const restored = renderHook(() => useAuth(), { wrapper: first.wrapper });
    await waitFor(() => expect(restored.result.current.status).toBe('signedIn'));
    expect(restored.result.current.user?.email).toBe(email);
    await expect(restored.result.current.getIdToken()).resolves.toBe(idToken);
    expect(first.events.filter((event) => event.type === 'signedIn')).toHaveLength(1);
  });

  it('keeps the context value and useAuth result stable across unrelated re-renders', async () => {
    const h = createReactHarness();
    const seen = new Set<unknown>();
    const sessions = new Set<unknown>();
    const { rerender } = renderHook(
      () => {
        const auth = useAuth();
        sessions.add(useAuthSession());
        if (auth.status === 'signedOut') seen.add(auth);
        return auth;
      },
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(seen.size).toBe(1));
    rerender();
    rerender();
    expect(seen.size).toBe(1);
    expect(sessions.size).toBe(1);
  });

  it('destroys the session it created on a real unmount, but not a session passed in', async () => {
    const h = createReactHarness();
    const email = await h.seedUser();
    const owned = renderHook(() => useAuthSession(), { wrapper: h.wrapper });
    const session = owned.result.current;
    await act(() => session.initialize());
    owned.unmount();
    await Promise.resolve();
    const { session: signedIn } = await h.client.signInWithEmail({ email, password: PASSWORD });
    session.setSession(signedIn);
    expect(session.getSnapshot().status).not.toBe('signedIn');

    const { createAuthSession } = await import('../../../src/core');
    const mine = createAuthSession({ client: h.client, storage: 'memory', crossTab: false });
    const external = createReactHarness({ provider: { session: mine } });
    const view = renderHook(() => useUser(), { wrapper: external.wrapper });
    await waitFor(() => expect(mine.getSnapshot().status).toBe('signedOut'));
    view.unmount();
    await Promise.resolve();
    mine.setSession(signedIn);
    expect(mine.getSnapshot().status).toBe('signedIn');
    mine.destroy();
  });

  it('works without any QueryClient of the app (private client) and with one above it', async () => {
    for (const withQueryClientProvider of [false, true]) {
      const h = createReactHarness({
        withQueryClientProvider,
        provider: withQueryClientProvider ? {} : { queryClient: undefined },
      });
      const email = await h.seedUser();
      const { result } = renderHook(
        () => ({ signIn: useSignIn(), user: useUser(), auth: useAuth() }),
        { wrapper: h.wrapper },
      );
      await waitFor(() => expect(result.current.auth.status).toBe('signedOut'));
      await act(() => result.current.signIn.mutateAsync({ email, password: PASSWORD }));
      expect(result.current.user?.email).toBe(email);
      if (withQueryClientProvider)
        expect(h.queryClient.getMutationCache().getAll()).toHaveLength(1);
      else expect(h.queryClient.getMutationCache().getAll()).toHaveLength(0);
    }
  });

  it('renders children under StrictMode with a projectId-only setup without touching the network', async () => {
    const { container } = render(
      <StrictMode>
        <AuthProviderProbe />
      </StrictMode>,
    );
    expect(container.textContent).toBe('loading');
    await waitFor(() => expect(container.textContent).toBe('signedOut'));
  });
});

import { AuthProvider } from '../../../src/react';
function Status() {
  return <>{useAuth().status}</>;
}
function AuthProviderProbe() {
  return (
    <AuthProvider projectId="demo-project" storage="memory">
      <Status />
    </AuthProvider>
  );
}

/**
 * Without a QueryClient of the app, the AuthProvider makes none until a react-query hook needs
 * one (a page whose only auth UI is a prebuilt form ships no react-query); the hooks then share
 * one private client, mounted while used, and sign-out still clears its authenticated data.
 * `useAuthAction` is what the prebuilt forms use instead of a mutation.
 */
import { act, render, renderHook, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { useContext, useEffect, useState } from 'react';
import { AuthError, type Credentials, type SessionResult } from '../../../src/core';
import { AuthContext, type AuthContextValue } from '../../../src/react/AuthContext';
import { useAuthAction } from '../../../src/react/useAuthAction';
import { signIn } from '../../../src/react/useSignIn';
import { authKeys, useAuth, useSignIn, useSignOut } from '../../../src/react';
import { PASSWORD } from '../../helpers/password';
import { createReactHarness } from './harness';

const useContextValue = () => useContext(AuthContext) as AuthContextValue;

describe('the private QueryClient', () => {
  it('is not made for a page that only runs requests itself (a prebuilt form), then by the first hook', async () => {
    const mount = vi.spyOn(QueryClient.prototype, 'mount');
    const unmount = vi.spyOn(QueryClient.prototype, 'unmount');
    try {
      const h = createReactHarness({ provider: { queryClient: undefined } });
      const email = await h.seedUser();
      let context!: AuthContextValue;
      let action!: ReturnType<typeof useAuthAction<SessionResult, Credentials>>;
      function Form() {
        const value = useContextValue();
        const run = useAuthAction('Test', signIn);
        useEffect(() => {
          context = value;
          action = run;
        });
        return null;
      }
      function HookUser() {
        useSignIn();
        return null;
      }
      const Wrapper = h.wrapper;
      const view = (hooks: number) => (
        <Wrapper>
          <Form />
          {Array.from({ length: hooks }, (_, i) => (
            <HookUser key={i} />
          ))}
        </Wrapper>
      );
      const { rerender } = render(view(0));
      await waitFor(() => expect(context.session.getSnapshot().status).toBe('signedOut'));
      await act(() => action.mutateAsync({ email, password: PASSWORD }));
      expect(context.session.getSnapshot().status).toBe('signedIn');
      expect(context.queryClient).toBeNull();
      expect(context.privateQueryClient.peek()).toBeNull();
      expect(mount).not.toHaveBeenCalled();

      // Two hooks: one client, made by the first, mounted by each while it is used.
      rerender(view(2));
      const made = context.privateQueryClient.peek();
      expect(made).toBeInstanceOf(QueryClient);
      expect(mount.mock.contexts).toEqual([made, made]);
      rerender(view(0));
      expect(unmount.mock.contexts).toEqual([made, made]);
      expect(context.privateQueryClient.peek()).toBe(made);
    } finally {
      mount.mockRestore();
      unmount.mockRestore();
    }
  });

  it('is cleared of authenticated queries on sign-out though it was made after the provider subscribed', async () => {
    const h = createReactHarness({ provider: { queryClient: undefined } });
    const email = await h.seedUser();
    const { result } = renderHook(
      () => ({
        context: useContextValue(),
        auth: useAuth(),
        signIn: useSignIn(),
        signOut: useSignOut(),
      }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(result.current.auth.status).toBe('signedOut'));
    await act(() => result.current.signIn.mutateAsync({ email, password: PASSWORD }));
    const queryClient = result.current.context.privateQueryClient.peek()!;
    queryClient.setQueryData(authKeys.authenticated('todos'), ['private']);
    queryClient.setQueryData(['app', 'public'], 'kept');

    act(() => result.current.signOut());
    expect(queryClient.getQueryData(authKeys.authenticated('todos'))).toBeUndefined();
    expect(queryClient.getQueryData(['app', 'public'])).toBe('kept');
  });

  it("uses the app's QueryClient when there is one, and makes no private one", async () => {
    const h = createReactHarness({ withQueryClientProvider: true });
    const { result } = renderHook(() => ({ context: useContextValue(), signIn: useSignIn() }), {
      wrapper: h.wrapper,
    });
    expect(result.current.context.queryClient).toBe(h.queryClient);
    expect(result.current.context.privateQueryClient.peek()).toBeNull();
  });
});

describe('useAuthAction', () => {
  it('reports pending, then success with the data; rejects with an AuthError and shows it', async () => {
    const h = createReactHarness();
    const email = await h.seedUser();
    const { result } = renderHook(() => useAuthAction('Test', signIn), { wrapper: h.wrapper });
    expect(result.current.status).toBe('idle');
    let pending!: Promise<unknown>;
    act(() => {
      pending = result.current.mutateAsync({ email, password: 'wrong-password' });
    });
    expect(result.current.isPending).toBe(true);
    await act(() => pending.catch(() => undefined));
    await expect(pending).rejects.toBeInstanceOf(AuthError);
    expect(result.current.isError).toBe(true);
    expect(result.current.error?.code).toBe('invalid_password');

    const data = await act(() => result.current.mutateAsync({ email, password: PASSWORD }));
    expect(result.current.isSuccess).toBe(true);
    expect(result.current.data).toBe(data);
    expect(result.current.error).toBeNull();

    act(() => result.current.reset());
    expect(result.current.status).toBe('idle');
  });

  it('wraps anything else thrown into an AuthError and retries only as told', async () => {
    const h = createReactHarness();
    let calls = 0;
    const run = async () => {
      calls += 1;
      if (calls < 2) throw new AuthError('network', 'offline');
      if (calls === 2) throw new TypeError('a bug');
      return 'ok';
    };
    const { result } = renderHook(
      () => {
        const [retry] = useState(
          () => (failureCount: number, error: AuthError) => error.retryable && failureCount < 3,
        );
        return useAuthAction('Test', run, { retry });
      },
      { wrapper: h.wrapper },
    );
    vi.useFakeTimers();
    try {
      let outcome!: Promise<unknown>;
      act(() => {
        outcome = result.current.mutateAsync(undefined).catch((error: unknown) => error);
      });
      // The network failure is tried again after react-query's default first delay (1 s)...
      await act(() => vi.advanceTimersByTimeAsync(1000));
      // ...the bug is not retryable: it ends the call, as an AuthError('unknown').
      const error = (await outcome) as AuthError;
      expect(calls).toBe(2);
      expect(error).toBeInstanceOf(AuthError);
      expect(error.code).toBe('unknown');
      expect(result.current.error).toBe(error);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets only the latest call set the state', async () => {
    const h = createReactHarness();
    const resolvers: ((value: string) => void)[] = [];
    const run = () => new Promise<string>((resolve) => resolvers.push(resolve));
    const { result } = renderHook(() => useAuthAction('Test', run), { wrapper: h.wrapper });
    let first!: Promise<string>;
    let second!: Promise<string>;
    act(() => {
      first = result.current.mutateAsync(undefined);
      second = result.current.mutateAsync(undefined);
    });
    await act(async () => {
      resolvers[1]!('second');
      await second;
    });
    await act(async () => {
      resolvers[0]!('first');
      await first;
    });
    expect(result.current.data).toBe('second');
  });
});

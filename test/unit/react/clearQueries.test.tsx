import { act, renderHook, waitFor } from '@testing-library/react';
import {
  authKeys,
  isAuthenticatedQueryKey,
  useAuth,
  useSignIn,
  useSignOut,
  useUpdatePassword,
} from '../../../src/react';
import { PASSWORD } from '../../helpers/password';
import { createReactHarness } from './harness';

describe('authKeys and sign-out', () => {
  it('marks authenticated keys', () => {
    expect(isAuthenticatedQueryKey(authKeys.authenticated('todos', 1))).toBe(true);
    expect(isAuthenticatedQueryKey(authKeys.roles())).toBe(true);
    expect(isAuthenticatedQueryKey(authKeys.emailProviders(' Ada@Example.com '))).toBe(false);
    expect(authKeys.emailProviders(' Ada@Example.com ')).toEqual([
      'deskree-auth',
      'public',
      'email-providers',
      'ada@example.com',
    ]);
    expect(isAuthenticatedQueryKey(['todos'])).toBe(false);
  });

  it('removes only authenticated queries and mutations on sign-out and on a change of user', async () => {
    const h = createReactHarness();
    const [first, second] = [await h.seedUser(), await h.seedUser()];
    const { result } = renderHook(
      () => ({
        auth: useAuth(),
        signIn: useSignIn(),
        signOut: useSignOut(),
        update: useUpdatePassword(),
      }),
      {
        wrapper: h.wrapper,
      },
    );
    await waitFor(() => expect(result.current.auth.status).toBe('signedOut'));
    await act(() => result.current.signIn.mutateAsync({ email: first, password: PASSWORD }));
    const seed = () => {
      h.queryClient.setQueryData(authKeys.authenticated('todos'), ['private']);
      h.queryClient.setQueryData(authKeys.emailProviders('ada@example.com'), { registered: true });
      h.queryClient.setQueryData(['app', 'public'], 'kept');
    };
    seed();
    await act(() =>
      result.current.update.mutateAsync({ oldPassword: PASSWORD, newPassword: PASSWORD }),
    );
    expect(h.queryClient.getMutationCache().getAll()).toHaveLength(2);

    act(() => result.current.signOut());
    expect(h.queryClient.getQueryData(authKeys.authenticated('todos'))).toBeUndefined();
    expect(h.queryClient.getQueryData(authKeys.emailProviders('ada@example.com'))).toEqual({
      registered: true,
    });
    expect(h.queryClient.getQueryData(['app', 'public'])).toBe('kept');
    // The finished update-password mutation held the old and new password: gone; sign-in (public) stays.
    expect(
      h.queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.options.mutationKey?.[1]),
    ).toEqual(['public']);

    await act(() => result.current.signIn.mutateAsync({ email: first, password: PASSWORD }));
    seed();
    // Another user signing in over the first one (no sign-out in between) also clears.
    await act(() => result.current.signIn.mutateAsync({ email: second, password: PASSWORD }));
    expect(h.queryClient.getQueryData(authKeys.authenticated('todos'))).toBeUndefined();
    expect(h.queryClient.getQueryData(['app', 'public'])).toBe('kept');
  });
});

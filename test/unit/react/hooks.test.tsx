import { createAuthClient } from '../../../src/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import {
  useAuth,
  useDeleteAccount,
  useEmailProviders,
  useInvite,
  useInviteAccept,
  usePasswordReset,
  useRoles,
  useSignIn,
  useSignOut,
  useSignUp,
  useUpdateEmail,
  useUpdatePassword,
  useVerifyEmail,
  useVerifyPasswordReset,
} from '../../../src/react';
import { lastMail } from '../../helpers/mail';
import { PASSWORD } from '../../helpers/password';
import { createReactHarness, uniqueEmail, type ReactHarness } from './harness';

async function signedInHook<T>(h: ReactHarness, hook: () => T, email?: string) {
  const address = email ?? (await h.seedUser());
  const view = renderHook(() => ({ auth: useAuth(), signIn: useSignIn(), hook: hook() }), {
    wrapper: h.wrapper,
  });
  await waitFor(() => expect(view.result.current.auth.status).toBe('signedOut'));
  await act(() => view.result.current.signIn.mutateAsync({ email: address, password: PASSWORD }));
  return { ...view, email: address };
}

describe('useSignUp', () => {
  it('creates the account and signs it in; a taken email fails with email_exists', async () => {
    const h = createReactHarness();
    const { result } = renderHook(() => ({ auth: useAuth(), signUp: useSignUp() }), {
      wrapper: h.wrapper,
    });
    await waitFor(() => expect(result.current.auth.status).toBe('signedOut'));
    const email = uniqueEmail();
    await act(() => result.current.signUp.mutateAsync({ email, password: PASSWORD }));
    expect(result.current.auth.user?.email).toBe(email);
    expect(h.emulator.accounts().some((account) => account.email === email)).toBe(true);

    await act(() =>
      result.current.signUp.mutateAsync({ email, password: PASSWORD }).catch(() => {}),
    );
    expect(result.current.signUp.error?.code).toBe('email_exists');
    act(() => result.current.signUp.reset());
    await waitFor(() => expect(result.current.signUp.error).toBeNull());
  });
});

describe('useSignIn', () => {
  it('signs in; a wrong password fails with invalid_password and leaves the user signed out', async () => {
    const h = createReactHarness();
    const email = await h.seedUser();
    const { result } = renderHook(() => ({ auth: useAuth(), signIn: useSignIn() }), {
      wrapper: h.wrapper,
    });
    await waitFor(() => expect(result.current.auth.status).toBe('signedOut'));
    await expect(
      act(() => result.current.signIn.mutateAsync({ email, password: 'wrong password' })),
    ).rejects.toMatchObject({ code: 'invalid_password' });
    await waitFor(() => expect(result.current.signIn.error?.code).toBe('invalid_password'));
    expect(result.current.auth.status).toBe('signedOut');
    const signedIn = await act(() =>
      result.current.signIn.mutateAsync({ email, password: PASSWORD }),
    );
    expect(result.current.auth.session?.idToken).toBe(signedIn.session.idToken);
  });
});

describe('usePasswordReset and useVerifyPasswordReset', () => {
  it('mails a code, sets the new password with it, and refuses the used code', async () => {
    const h = createReactHarness();
    const email = await h.seedUser();
    const { result } = renderHook(
      () => ({ reset: usePasswordReset(), verify: useVerifyPasswordReset(), signIn: useSignIn() }),
      { wrapper: h.wrapper },
    );
    await act(() => result.current.reset.mutateAsync({ email }));
    const { oobCode } = lastMail(h.emulator, 'resetPassword', email);
    await act(() => result.current.verify.mutateAsync({ oobCode, newPassword: 'brand new pw' }));
    await act(() => result.current.signIn.mutateAsync({ email, password: 'brand new pw' }));
    await waitFor(() => expect(result.current.signIn.isSuccess).toBe(true));

    await expect(
      act(() => result.current.verify.mutateAsync({ oobCode, newPassword: 'another pw 2' })),
    ).rejects.toMatchObject({ code: 'invalid_oob_code' });
    await waitFor(() => expect(result.current.verify.error?.code).toBe('invalid_oob_code'));
  });
});

describe('useInvite and useInviteAccept', () => {
  it('invites, accepts with signInAfter, and refuses a used code', async () => {
    const h = createReactHarness();
    const email = uniqueEmail('invitee');
    const { result } = renderHook(
      () => ({
        auth: useAuth(),
        invite: useInvite(),
        accept: useInviteAccept({ signInAfter: true }),
      }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(result.current.auth.status).toBe('signedOut'));
    await act(() => result.current.invite.mutateAsync({ email }));
    const { oobCode, uid } = lastMail(h.emulator, 'invite', email);
    const accepted = await act(() =>
      result.current.accept.mutateAsync({ oobCode, uid, newPassword: 'invited pw 1' }),
    );
    expect(accepted.signIn?.session.user.uid).toBe(uid);
    expect(result.current.auth.user?.uid).toBe(uid);

    await expect(
      act(() =>
        result.current.accept.mutateAsync({
          oobCode,
          uid,
          newPassword: 'invited pw 2',
          signInAfter: false,
        }),
      ),
    ).rejects.toMatchObject({
      code: 'invalid_oob_code',
    });
  });
});

describe('useVerifyEmail', () => {
  it('verifies the signed-in user and refreshes so emailVerified turns true; a used code fails', async () => {
    const h = createReactHarness();
    const { result } = renderHook(
      () => ({ auth: useAuth(), signUp: useSignUp(), verify: useVerifyEmail() }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(result.current.auth.status).toBe('signedOut'));
    const email = uniqueEmail();
    await act(() => result.current.signUp.mutateAsync({ email, password: PASSWORD }));
    expect(result.current.auth.user?.emailVerified).toBe(false);
    const { oobCode, uid } = lastMail(h.emulator, 'verifyEmail', email);
    const refreshesBefore = h.emulator.requestCount('/token/refresh');
    await act(() => result.current.verify.mutateAsync({ oobCode, uid }));
    expect(result.current.auth.user?.emailVerified).toBe(true);
    expect(result.current.auth.claims?.email_verified).toBe(true);
    expect(h.emulator.requestCount('/token/refresh') - refreshesBefore).toBe(1);
    expect(h.events.map((event) => event.type)).toContain('userUpdated');

    await expect(
      act(() => result.current.verify.mutateAsync({ oobCode, uid })),
    ).rejects.toMatchObject({ code: 'invalid_oob_code' });
  });
});

describe('useUpdateEmail', () => {
  it('changes the email and refreshes the claims; a taken email fails with email_exists', async () => {
    const h = createReactHarness();
    const taken = await h.seedUser();
    const { result } = await signedInHook(h, () => useUpdateEmail());
    const next = uniqueEmail('renamed');
    await act(() => result.current.hook.mutateAsync({ email: next }));
    expect(result.current.auth.user?.email).toBe(next);
    expect(result.current.auth.claims?.email).toBe(next);
    expect(h.events.at(-1)?.type).toBe('userUpdated');

    await expect(
      act(() => result.current.hook.mutateAsync({ email: taken })),
    ).rejects.toMatchObject({ code: 'email_exists' });
    expect(result.current.auth.isSignedIn).toBe(true);
  });
});

describe('useUpdatePassword', () => {
  it('stores the new session the API returns; a wrong old password fails with invalid_password', async () => {
    const h = createReactHarness();
    const { result, email } = await signedInHook(h, () => useUpdatePassword());
    const before = result.current.auth.session;
    await act(() =>
      result.current.hook.mutateAsync({ oldPassword: PASSWORD, newPassword: 'next password 9' }),
    );
    expect(result.current.auth.session?.refreshToken).not.toBe(before?.refreshToken);
    expect(result.current.auth.user?.email).toBe(email);
    expect(h.events.at(-1)?.type).toBe('tokenRefreshed');
    // The stored refresh token is the new one, so a later refresh still works.
    await expect(
      act(() => result.current.auth.getIdToken({ forceRefresh: true })),
    ).resolves.toEqual(expect.any(String));

    await expect(
      act(() =>
        result.current.hook.mutateAsync({ oldPassword: 'not it', newPassword: 'x'.repeat(10) }),
      ),
    ).rejects.toMatchObject({
      code: 'invalid_password',
    });
    expect(result.current.auth.isSignedIn).toBe(true);
  });
});

describe('useDeleteAccount', () => {
  it('deletes the account and signs out with accountDeleted; signed out it fails with not_signed_in', async () => {
    const h = createReactHarness();
    const { result, email } = await signedInHook(h, () => useDeleteAccount());
    await act(() => result.current.hook.mutateAsync());
    expect(result.current.auth.status).toBe('signedOut');
    expect(result.current.auth.signOutReason).toBe('accountDeleted');
    expect(h.emulator.accounts().some((account) => account.email === email)).toBe(false);

    await expect(act(() => result.current.hook.mutateAsync())).rejects.toMatchObject({
      code: 'not_signed_in',
    });
  });
});

describe('useSignOut', () => {
  it('signs out locally with reason userSignedOut and clears storage', async () => {
    const h = createReactHarness();
    const { result } = await signedInHook(h, () => useSignOut());
    const requests = h.emulator.requestCount();
    act(() => result.current.hook());
    expect(result.current.auth.status).toBe('signedOut');
    expect(result.current.auth.signOutReason).toBe('userSignedOut');
    expect(h.storage.data.has(h.storageKey)).toBe(false);
    expect(h.emulator.requestCount()).toBe(requests);
  });
});

describe('useEmailProviders', () => {
  it('asks only for plausible emails and returns the sign-in methods; a server error surfaces as AuthError', async () => {
    const h = createReactHarness();
    const email = await h.seedUser();
    let input = 'ada@';
    const { result, rerender } = renderHook(() => useEmailProviders(input, { retry: false }), {
      wrapper: h.wrapper,
    });
    await act(async () => {});
    expect(result.current.fetchStatus).toBe('idle');
    expect(h.emulator.requestCount('/email-providers')).toBe(0);

    input = email;
    rerender();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ registered: true, signInMethods: ['password'] });

    h.emulator.faults.add({ path: '/api/v1/auth/accounts/email-providers', status: 500 });
    input = uniqueEmail('nobody');
    rerender();
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('server_error');
  });
});

describe('useRoles', () => {
  it('fails with permission_denied when the client has no admin token (no request) and lists roles when it has', async () => {
    const h = createReactHarness({ emulator: { adminToken: 'admin-secret' } });
    const noToken = renderHook(() => useRoles(), { wrapper: h.wrapper });
    await waitFor(() => expect(noToken.result.current.isError).toBe(true));
    expect(noToken.result.current.error?.code).toBe('permission_denied');
    expect(h.emulator.requestCount('/roles')).toBe(0);
    noToken.unmount();
    h.queryClient.clear();

    const admin = createReactHarness({
      emulator: { adminToken: 'admin-secret' },
      provider: {
        client: createAuthClient({
          baseUrl: h.baseUrl,
          fetch: h.emulator.fetch,
          adminToken: 'admin-secret',
        }),
      },
    });
    const withToken = renderHook(() => useRoles(), { wrapper: admin.wrapper });
    await waitFor(() => expect(withToken.result.current.isSuccess).toBe(true));
    expect(withToken.result.current.data?.length).toBeGreaterThan(0);
  });

  it('takes no admin token as an option (a hook option would be serialized into server-rendered pages)', () => {
    // @ts-expect-error adminToken is not an option of useRoles
    const options: Parameters<typeof useRoles>[0] = { adminToken: 'admin-secret' };
    expect(options).toBeDefined();
  });
});

import { act, renderHook, waitFor } from '@testing-library/react';
import { useAuth, useSignIn, useUpdatePassword } from '../../../src/react';
import { PASSWORD } from '../../helpers/password';
import { createReactHarness } from './harness';

const UPDATE_PASSWORD = '/api/v1/auth/accounts/update-password';
const EXPIRED = 'Auth token has expired. Get a fresh ID token from your client app and try again.';

async function setup(skew: { ms: number }) {
  // Only the emulator's clock moves: the device still believes its token is fresh, as after a
  // laptop sleep or with a skewed clock, so the hook must rely on the 403 + refresh + retry path.
  const h = createReactHarness({ emulator: { now: () => Date.now() + skew.ms } });
  const email = await h.seedUser();
  const view = renderHook(
    () => ({ auth: useAuth(), signIn: useSignIn(), update: useUpdatePassword() }),
    { wrapper: h.wrapper },
  );
  await waitFor(() => expect(view.result.current.auth.status).toBe('signedOut'));
  await act(() => view.result.current.signIn.mutateAsync({ email, password: PASSWORD }));
  h.emulator.clearRequests();
  return { h, ...view };
}

describe('authenticated hooks and expired tokens', () => {
  it('refreshes exactly once and retries once when the id token expired server-side', async () => {
    const skew = { ms: 0 };
    const { h, result } = await setup(skew);
    skew.ms = 3601 * 1000;
    await act(() =>
      result.current.update.mutateAsync({ oldPassword: PASSWORD, newPassword: 'after expiry 1' }),
    );
    expect(h.emulator.requestCount('/token/refresh')).toBe(1);
    expect(h.emulator.requestCount(UPDATE_PASSWORD)).toBe(2);
    expect(
      h.emulator.requests().map((entry) => `${entry.path.split('/').pop()} ${entry.status}`),
    ).toEqual(['update-password 403', 'refresh 200', 'update-password 200']);
    expect(result.current.auth.isSignedIn).toBe(true);
  });

  it('treats a second 403 as a permission error: one refresh, no third call, still signed in', async () => {
    const { h, result } = await setup({ ms: 0 });
    h.emulator.faults.add({ path: UPDATE_PASSWORD, status: 403, detail: EXPIRED, count: 2 });
    await expect(
      act(() =>
        result.current.update.mutateAsync({ oldPassword: PASSWORD, newPassword: 'never set 1' }),
      ),
    ).rejects.toMatchObject({
      status: 403,
      code: 'permission_denied',
    });
    expect(h.emulator.requestCount('/token/refresh')).toBe(1);
    expect(h.emulator.requestCount(UPDATE_PASSWORD)).toBe(2);
    expect(result.current.auth.status).toBe('signedIn');
    await waitFor(() => expect(result.current.update.error?.status).toBe(403));
  });

  it('refreshes once for any 403, whatever its text (the SDK rule), then succeeds', async () => {
    const { h, result } = await setup({ ms: 0 });
    h.emulator.faults.add({ path: UPDATE_PASSWORD, status: 403, detail: 'Forbidden' });
    await act(() =>
      result.current.update.mutateAsync({ oldPassword: PASSWORD, newPassword: 'set after 403' }),
    );
    expect(h.emulator.requestCount('/token/refresh')).toBe(1);
    expect(h.emulator.requestCount(UPDATE_PASSWORD)).toBe(2);
    expect(result.current.auth.isSignedIn).toBe(true);
  });
});

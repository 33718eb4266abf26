/**
 * An `AuthProvider` given connection props (no `client`) keeps a bare request core: each hook calls
 * the one endpoint it needs, and `useAuthClient` / `useAuth().client` still hand out the full
 * client with all 15 endpoints.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AuthProvider, useAuth, useAuthClient, useSignIn } from '../../../src/react';
import { createTestEmulator } from '../../helpers/emulator';
import { PASSWORD } from '../../helpers/password';
import { ENDPOINT_NAMES } from '../../helpers/endpoints';

function providerFromProps() {
  const test = createTestEmulator();
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <AuthProvider baseUrl={test.baseUrl} fetch={test.fetch} storage="memory">
      {children}
    </AuthProvider>
  );
  return { ...test, wrapper };
}

describe('AuthProvider without a client prop', () => {
  it('hands out one full client through useAuthClient and useAuth().client, stable across renders', async () => {
    const { emulator, wrapper } = providerFromProps();
    await emulator.createAccount({ email: 'ada@example.com', password: PASSWORD });
    const { result, rerender } = renderHook(
      () => ({ fromHook: useAuthClient(), fromAuth: useAuth().client }),
      { wrapper },
    );
    const first = result.current.fromHook;
    expect(result.current.fromAuth).toBe(first);
    rerender();
    expect(result.current.fromHook).toBe(first);
    for (const name of ENDPOINT_NAMES) expect(typeof first[name], name).toBe('function');
    emulator.clearRequests();
    expect((await first.fetchEmailProviders({ email: 'ada@example.com' })).registered).toBe(true);
    expect(emulator.requestCount('/email-providers')).toBe(1);
  });

  it('signs in through a hook that calls its endpoint on the bare request core', async () => {
    const { emulator, wrapper } = providerFromProps();
    await emulator.createAccount({ email: 'ada@example.com', password: PASSWORD });
    const { result } = renderHook(() => ({ signIn: useSignIn(), auth: useAuth() }), { wrapper });
    await act(() =>
      result.current.signIn.mutateAsync({ email: 'ada@example.com', password: PASSWORD }),
    );
    await waitFor(() => expect(result.current.auth.isSignedIn).toBe(true));
    expect(result.current.auth.user?.email).toBe('ada@example.com');
  });
});

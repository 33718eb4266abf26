/**
 * Offline is an answer, not a wait: react-query pauses mutations and queries while the browser
 * reports being offline, which would leave a form spinning. The kit's hooks send anyway, so the
 * failed fetch surfaces as AuthError('network').
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { createAuthClient } from '../../../src/core';
import { useEmailProviders, useSignIn } from '../../../src/react';
import { createReactHarness } from './harness';

const offlineFetch = () => Promise.reject(new TypeError('Failed to fetch'));

afterEach(() => onlineManager.setOnline(true));

describe('hooks while the browser is offline', () => {
  it('a sign-in fails with a network error instead of pausing', async () => {
    const harness = createReactHarness({
      provider: {
        client: createAuthClient({ baseUrl: 'http://emulator.test/api/v1/', fetch: offlineFetch }),
      },
    });
    onlineManager.setOnline(false);
    const { result } = renderHook(() => useSignIn(), { wrapper: harness.wrapper });
    let caught: unknown;
    await act(async () => {
      caught = await result.current
        .mutateAsync({ email: 'a@example.com', password: 'whatever1' })
        .catch((error: unknown) => error);
    });
    expect(caught).toMatchObject({ code: 'network' });
    await waitFor(() => expect(result.current.error?.code).toBe('network'));
    expect(result.current.isPaused).toBe(false);
  });

  it('an email-provider lookup fails with a network error instead of pausing', async () => {
    const harness = createReactHarness({
      provider: {
        client: createAuthClient({ baseUrl: 'http://emulator.test/api/v1/', fetch: offlineFetch }),
      },
    });
    onlineManager.setOnline(false);
    const { result } = renderHook(() => useEmailProviders('a@example.com', { retry: false }), {
      wrapper: harness.wrapper,
    });
    await waitFor(() => expect(result.current.error?.code).toBe('network'));
    expect(result.current.fetchStatus).toBe('idle');
  });
});

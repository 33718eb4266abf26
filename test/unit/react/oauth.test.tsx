import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { useAuth, useOAuth, useOAuthCallback, type OAuthProviderId } from '../../../src/react';
import { createReactHarness, type ReactHarness } from './harness';

const CALLBACK = `${window.location.origin}/auth/callback`;

beforeEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

/** Starts the flow like the sign-in page does, then plays the user on the emulator's consent page. */
async function startAndConsent(
  h: ReactHarness,
  providerId: OAuthProviderId,
  email: string,
  callBackUri = CALLBACK,
) {
  const navigate = vi.fn();
  const start = renderHook(() => useOAuth({ callBackUri, navigate }), { wrapper: h.wrapper });
  const started = await act(() => start.result.current.mutateAsync({ providerId }));
  expect(navigate).toHaveBeenCalledWith(started.authUri);
  start.unmount();
  const redirect = await h.emulator.completeOAuth(started.authUri, {
    email,
    displayName: 'Ada Lovelace',
  });
  return { started, redirect };
}

function renderCallback(h: ReactHarness, options?: Parameters<typeof useOAuthCallback>[0]) {
  return renderHook(() => ({ callback: useOAuthCallback(options), auth: useAuth() }), {
    wrapper: h.wrapper,
  });
}

describe('OAuth round trip', () => {
  it.each([
    ['google.com', '#', 'id_token'],
    ['github.com', '?', 'code'],
  ] as const)(
    '%s: signs in once under StrictMode and cleans the URL',
    async (providerId, separator, param) => {
      const h = createReactHarness({ strict: true });
      const { started, redirect } = await startAndConsent(h, providerId, 'ada@example.com');
      expect(redirect).toContain(`${separator}`);
      expect(new URL(redirect).search + new URL(redirect).hash).toContain(`${param}=`);
      expect(sessionStorage.getItem(`deskree-auth:oauth:${started.state}`)).toContain(
        started.sessionId,
      );

      history.replaceState(null, '', redirect);
      const { result } = renderCallback(h);
      await waitFor(() => expect(result.current.callback.status).toBe('signedIn'));
      expect(h.emulator.requestCount('/sign-in/idp')).toBe(1);
      expect(result.current.auth.user).toMatchObject({
        email: 'ada@example.com',
        signInProvider: providerId,
        displayName: 'Ada Lovelace',
      });
      expect(window.location.href).toBe(CALLBACK);
      expect(sessionStorage.getItem(`deskree-auth:oauth:${started.state}`)).toBeNull();
      expect(h.events.filter((event) => event.type === 'signedIn')).toHaveLength(1);
    },
  );

  it('shares one exchange between two consumers of the same callback (both see signedIn)', async () => {
    const h = createReactHarness({ strict: true });
    const { redirect } = await startAndConsent(h, 'google.com', 'twice@example.com');
    history.replaceState(null, '', redirect);
    const { result } = renderHook(() => ({ a: useOAuthCallback(), b: useOAuthCallback() }), {
      wrapper: h.wrapper,
    });
    await waitFor(() =>
      expect([result.current.a.status, result.current.b.status]).toEqual(['signedIn', 'signedIn']),
    );
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(1);
  });

  it("two providers on one page keep their own exchanges: the second never reports the first one's sign-in", async () => {
    const first = createReactHarness();
    const second = createReactHarness();
    const { redirect } = await startAndConsent(first, 'google.com', 'two@example.com');
    history.replaceState(null, '', redirect);
    function CallbackStatus({ name }: { name: string }) {
      const { status } = useOAuthCallback();
      const auth = useAuth();
      return <output data-testid={name}>{`${status} ${auth.status}`}</output>;
    }
    const First = first.wrapper;
    const Second = second.wrapper;
    render(
      <>
        <First>
          <CallbackStatus name="first" />
        </First>
        <Second>
          <CallbackStatus name="second" />
        </Second>
      </>,
    );
    // The first provider takes the answer and cleans the address bar; the second one, another
    // app with its own session, sees a page without an answer instead of the first one's result.
    await waitFor(() => expect(screen.getByTestId('first').textContent).toBe('signedIn signedIn'));
    expect(screen.getByTestId('second').textContent).toBe('idle signedOut');
    expect(window.location.href).toBe(CALLBACK);
    expect(first.emulator.requestCount('/sign-in/idp')).toBe(1);
    expect(second.emulator.requestCount('/sign-in/idp')).toBe(0);
  });

  it('refuses an answer whose state this tab never issued, without calling sign-in/idp', async () => {
    const h = createReactHarness();
    const { started, redirect } = await startAndConsent(h, 'google.com', 'eve@example.com');
    history.replaceState(
      null,
      '',
      redirect
        .replace(encodeURIComponent(started.state ?? ''), 'forged-state')
        .replace(started.state ?? '', 'forged-state'),
    );
    const { result } = renderCallback(h);
    await waitFor(() => expect(result.current.callback.status).toBe('error'));
    expect(result.current.callback.error?.code).toBe('oauth_state_mismatch');
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(0);
    expect(result.current.auth.status).toBe('signedOut');
  });

  it('refuses a replay once the pending record was consumed', async () => {
    const h = createReactHarness();
    const { redirect } = await startAndConsent(h, 'github.com', 'replay@example.com');
    const first = renderCallback(h, { url: redirect });
    await waitFor(() => expect(first.result.current.callback.status).toBe('signedIn'));
    first.unmount();
    // A different code for the same state (an attacker's) finds no record.
    const second = renderCallback(h, { url: redirect.replace(/code=[^&]+/, 'code=attacker') });
    await waitFor(() => expect(second.result.current.callback.status).toBe('error'));
    expect(second.result.current.callback.error?.code).toBe('oauth_state_mismatch');
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(1);
  });

  it('reports a cancelled consent as oauth_cancelled', async () => {
    const h = createReactHarness();
    const navigate = vi.fn();
    const start = renderHook(() => useOAuth({ callBackUri: CALLBACK, navigate }), {
      wrapper: h.wrapper,
    });
    const started = await act(() => start.result.current.mutateAsync({ providerId: 'google.com' }));
    const { result } = renderCallback(h, {
      url: `${CALLBACK}#error=access_denied&state=${started.state}`,
    });
    await waitFor(() => expect(result.current.callback.status).toBe('error'));
    expect(result.current.callback.error?.code).toBe('oauth_cancelled');
    expect(sessionStorage.getItem(`deskree-auth:oauth:${started.state}`)).toBeNull();
  });

  it('returns needsConfirmation with the existing methods when the email has a password account', async () => {
    const h = createReactHarness();
    const email = await h.seedUser();
    const { redirect } = await startAndConsent(h, 'google.com', email);
    history.replaceState(null, '', redirect);
    const { result } = renderCallback(h);
    await waitFor(() => expect(result.current.callback.status).toBe('needsConfirmation'));
    expect(result.current.callback.result).toMatchObject({
      status: 'needsConfirmation',
      email,
      providerId: 'google.com',
      signInMethods: ['password'],
    });
    expect(result.current.auth.status).toBe('signedOut');
    expect(h.emulator.requestCount('/email-providers')).toBe(1);
    expect(window.location.href).toBe(CALLBACK);
  });

  it('accepts a callBackUri path, resolved against the page when the flow starts', async () => {
    const h = createReactHarness();
    history.replaceState(null, '', '/sign-in?next=%2Fdashboard');
    const { started, redirect } = await startAndConsent(
      h,
      'github.com',
      'path@example.com',
      '/auth/callback',
    );
    expect(started.callBackUri).toBe(CALLBACK);
    expect(redirect.startsWith(`${CALLBACK}?`)).toBe(true);
    history.replaceState(null, '', redirect);
    const { result } = renderCallback(h);
    await waitFor(() => expect(result.current.callback.status).toBe('signedIn'));
  });

  it('refuses a callBackUri on a foreign origin unless it is allowed', async () => {
    // The project authorizes the domain (the emulator, like Identity Platform, refuses others);
    // what is tested here is the kit's own check of the callback origin.
    const emulator = { authorizedDomains: ['auth.elsewhere.example'] };
    const h = createReactHarness({ emulator });
    const foreign = 'https://auth.elsewhere.example/cb';
    const { redirect } = await startAndConsent(h, 'github.com', 'far@example.com', foreign);
    const refused = renderCallback(h, { url: redirect });
    await waitFor(() => expect(refused.result.current.callback.status).toBe('error'));
    expect(refused.result.current.callback.error?.code).toBe('invalid_callback_uri');
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(0);

    const allowed = createReactHarness({
      emulator,
      provider: { oauth: { allowedCallbackOrigins: ['https://auth.elsewhere.example'] } },
    });
    const second = await startAndConsent(allowed, 'github.com', 'far@example.com', foreign);
    const accepted = renderCallback(allowed, { url: second.redirect });
    await waitFor(() => expect(accepted.result.current.callback.status).toBe('signedIn'));
  });

  it('stays idle on a page without OAuth parameters and returns the URL with redirect: false', async () => {
    const h = createReactHarness();
    const { result } = renderCallback(h);
    await act(async () => {});
    expect(result.current.callback.status).toBe('idle');

    const start = renderHook(() => useOAuth(), { wrapper: h.wrapper });
    const started = await act(() =>
      start.result.current.mutateAsync({ providerId: 'github.com', redirect: false }),
    );
    expect(started).toMatchObject({
      redirected: false,
      callBackUri: `${window.location.origin}/`,
      providerId: 'github.com',
    });
    expect(started.authUri).toMatch(/^http/);
  });
});

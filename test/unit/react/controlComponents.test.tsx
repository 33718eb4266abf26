import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import {
  AuthLoading,
  RequireAuth,
  SignedIn,
  SignedOut,
  useAuth,
  useSignIn,
} from '../../../src/react';
import { PASSWORD } from '../../helpers/password';
import { createReactHarness, type ReactHarness } from './harness';

/** Signs a user in through the UI hooks and unmounts: the next mount restores from storage. */
async function storeSignedInUser(h: ReactHarness) {
  const email = await h.seedUser();
  const view = renderHook(() => ({ auth: useAuth(), signIn: useSignIn() }), { wrapper: h.wrapper });
  await waitFor(() => expect(view.result.current.auth.status).toBe('signedOut'));
  await act(() => view.result.current.signIn.mutateAsync({ email, password: PASSWORD }));
  view.unmount();
}

function tree(log: string[]) {
  const Mark = ({ name }: { name: string }) => {
    log.push(name);
    return <p>{name}</p>;
  };
  return (
    <>
      <AuthLoading>
        <Mark name="loading" />
      </AuthLoading>
      <SignedIn>
        <Mark name="protected" />
      </SignedIn>
      <SignedOut>
        <Mark name="public" />
      </SignedOut>
    </>
  );
}

describe('control components', () => {
  it('shows loading, then protected content, and never the signed-out content for a restored session', async () => {
    const h = createReactHarness({ strict: true });
    await storeSignedInUser(h);
    const log: string[] = [];
    render(tree(log), { wrapper: h.wrapper });
    await screen.findByText('protected');
    expect(log).not.toContain('public');
    expect(log[0]).toBe('loading');
    expect(log.indexOf('protected')).toBeGreaterThan(log.lastIndexOf('loading'));
  });

  it('shows loading, then signed-out content, and never protected content when nobody is signed in', async () => {
    const h = createReactHarness();
    const log: string[] = [];
    render(tree(log), { wrapper: h.wrapper });
    await screen.findByText('public');
    expect(log).toEqual(['loading', 'public']);
  });

  it('RequireAuth shows the fallback while loading and redirects signed-out visitors once', async () => {
    const h = createReactHarness();
    const onRedirect = vi.fn();
    const log: string[] = [];
    const Secret = () => {
      log.push('secret');
      return <p>secret</p>;
    };
    const view = render(
      <RequireAuth redirectTo="/sign-in" onRedirect={onRedirect} fallback={<p>checking</p>}>
        <Secret />
      </RequireAuth>,
      { wrapper: h.wrapper },
    );
    expect(screen.getByText('checking')).toBeInTheDocument();
    await waitFor(() => expect(onRedirect).toHaveBeenCalledWith('/sign-in'));
    view.rerender(
      <RequireAuth redirectTo="/sign-in" onRedirect={onRedirect} fallback={<p>checking</p>}>
        <Secret />
      </RequireAuth>,
    );
    expect(onRedirect).toHaveBeenCalledTimes(1);
    expect(log).toEqual([]);
  });

  it('RequireAuth renders its children for a signed-in user without redirecting', async () => {
    const h = createReactHarness();
    await storeSignedInUser(h);
    const onRedirect = vi.fn();
    render(
      <RequireAuth redirectTo="/sign-in" onRedirect={onRedirect}>
        <p>secret</p>
      </RequireAuth>,
      { wrapper: h.wrapper },
    );
    await screen.findByText('secret');
    expect(onRedirect).not.toHaveBeenCalled();
  });
});

/**
 * How the prebuilt screens look and lead on, measured in Chromium with the kit's stylesheet:
 * spacing between adjacent actions, one card width, the "or" divider, provider marks, the
 * account page's hierarchy; and the ways on: signed-in behaviour, the email carried to sign-in
 * and to a new link request, the next step after sign-up.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountSettings } from '../../../src/components/account/AccountSettings';
import { LinkProblem } from '../../../src/components/emailLinks/LinkProblem';
import { ResetPasswordPage } from '../../../src/components/emailLinks/ResetPasswordPage';
import { ForgotPasswordForm } from '../../../src/components/forgotPassword/ForgotPasswordForm';
import { AccountExists } from '../../../src/components/oauth/AccountExists';
import { OAuthButtons } from '../../../src/components/oauth/OAuthButtons';
import { SignInForm } from '../../../src/components/signIn/SignInForm';
import { SignUpForm } from '../../../src/components/signUp/SignUpForm';
import { renderAuth } from './support/renderAuth';
import { PASSWORD } from '../../helpers/password';

afterEach(cleanup);

const ADA = { email: 'ada@example.com', password: PASSWORD };

/** Vertical space between the bottom of `upper` and the top of `lower`, in CSS pixels. */
function gapBetween(upper: Element, lower: Element): number {
  return lower.getBoundingClientRect().top - upper.getBoundingClientRect().bottom;
}

describe('spacing between adjacent actions', () => {
  it('a dead end: the message, then "Request a new link" as a button, then "Back to sign in", apart', async () => {
    await renderAuth(
      <LinkProblem reason="expired" requestNewLinkHref="/forgot" signInHref="/sign-in" />,
    );
    const alert = screen.getByRole('alert');
    const request = screen.getByRole('link', { name: 'Request a new link' });
    const back = screen.getByRole('link', { name: 'Back to sign in' });
    expect(gapBetween(alert, request)).toBeGreaterThanOrEqual(12);
    expect(gapBetween(request, back)).toBeGreaterThanOrEqual(8);
    // Primary first and dressed as a button; the way back as a text link.
    expect(request).toHaveAttribute('data-variant', 'primary');
    expect(getComputedStyle(request).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(back).toHaveAttribute('data-slot', 'link-problem-sign-in');
    expect(getComputedStyle(back).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  });

  it('a result: "Check your inbox", then Continue, then "Use a different email", apart', async () => {
    const user = userEvent.setup();
    const onRedirect = vi.fn();
    await renderAuth(<SignUpForm redirectTo="/app" onRedirect={onRedirect} />);
    await user.type(screen.getByLabelText('Email'), 'new@example.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.type(screen.getByLabelText('Confirm password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    const status = await screen.findByText(/We sent a verification link to new@example.com/);
    const next = screen.getByRole('link', { name: 'Continue' });
    const other = screen.getByRole('button', { name: 'Use a different email' });
    expect(gapBetween(status, next)).toBeGreaterThanOrEqual(12);
    expect(gapBetween(next, other)).toBeGreaterThanOrEqual(8);
    // "Check your inbox" holds the redirect until the user chooses to go on.
    expect(onRedirect).not.toHaveBeenCalled();
    await user.click(next);
    expect(onRedirect).toHaveBeenCalledWith('/app');
  });

  it('sign-up\'s "or" divider is drawn like sign-in\'s: centred text between two rules', async () => {
    const oauth = { providers: ['google.com'], onRedirect: vi.fn() };
    await renderAuth(
      <>
        <SignInForm oauth={oauth} />
        <SignUpForm oauth={oauth} />
      </>,
    );
    const [signIn, signUp] = screen.getAllByText('or') as [HTMLElement, HTMLElement];
    for (const divider of [signIn, signUp]) {
      expect(getComputedStyle(divider).display).toBe('flex');
      expect(getComputedStyle(divider, '::before').borderTopWidth).toBe('1px');
      expect(getComputedStyle(divider, '::after').borderTopWidth).toBe('1px');
    }
    const width = (element: Element) => element.getBoundingClientRect().width;
    expect(width(signUp)).toBe(width(signIn));
  });
});

describe('one card width', () => {
  it('every screen is as wide as the others, also inside a centred, shrink-to-fit column', async () => {
    await renderAuth(
      <div style={{ display: 'grid', justifyItems: 'center', gap: 16, width: 900 }}>
        <SignInForm />
        <SignUpForm />
        <ForgotPasswordForm />
        <ResetPasswordPage url="https://app.test/reset" />
        <AccountExists email="ada@example.com" signInMethods={['password']} signInHref="/" />
      </div>,
    );
    const cards = [...document.querySelectorAll('[data-dar-part="card"]')];
    expect(cards).toHaveLength(5);
    const widths = cards.map((card) => Math.round(card.getBoundingClientRect().width));
    expect(widths).toEqual(widths.map(() => 416));
  });
});

describe('provider marks', () => {
  it('each OAuth button shows its provider mark, hidden from assistive tech; names unchanged', async () => {
    await renderAuth(
      <OAuthButtons
        providers={['google.com', 'github.com', 'facebook.com']}
        onRedirect={vi.fn()}
      />,
    );
    for (const name of ['Google', 'GitHub', 'Facebook']) {
      const button = screen.getByRole('button', { name: `Continue with ${name}` });
      // The marks arrive through import() once a button mounts (LazyProviderMark.tsx).
      const mark = await vi.waitFor(() => {
        const svg = button.querySelector('svg');
        expect(svg).not.toBeNull();
        return svg;
      });
      expect(mark).toHaveAttribute('aria-hidden', 'true');
      expect(mark?.getBoundingClientRect().width).toBe(20);
    }
  });
});

describe('account settings hierarchy', () => {
  it('section titles are smaller than the page title; no full-width primaries; Delete is outlined', async () => {
    await renderAuth(<AccountSettings />, { accounts: [ADA], signedInAs: ADA });
    const title = await screen.findByRole('heading', { name: 'Account settings', level: 2 });
    const section = screen.getByRole('heading', { name: 'Change your email', level: 3 });
    const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    expect(size(section)).toBeLessThanOrEqual(size(title) * 0.8);
    const card = title.closest('[data-dar-part="card"]') as HTMLElement;
    for (const button of [
      screen.getByRole('button', { name: 'Update email' }),
      screen.getByRole('button', { name: 'Update password' }),
    ]) {
      expect(button.getBoundingClientRect().width).toBeLessThan(card.clientWidth / 2);
    }
    const remove = screen.getByRole('button', { name: 'Delete account' });
    expect(getComputedStyle(remove).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  });
});

describe('signed-in behaviour of the sign-in and sign-up forms', () => {
  it('without redirectTo: "You\'re already signed in" as whom, and Sign out brings the form back', async () => {
    const user = userEvent.setup();
    await renderAuth(<SignInForm />, { accounts: [ADA], signedInAs: ADA });
    await screen.findByRole('heading', { name: "You're already signed in" });
    expect(screen.getByText('Signed in as ada@example.com.')).toBeVisible();
    expect(screen.queryByLabelText('Password')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByLabelText('Password');
  });

  it('with redirectTo: the form sends a signed-in visitor on, once', async () => {
    const onRedirect = vi.fn();
    await renderAuth(<SignUpForm redirectTo="/next" onRedirect={onRedirect} />, {
      accounts: [ADA],
      signedInAs: ADA,
    });
    await waitFor(() => expect(onRedirect).toHaveBeenCalledWith('/next'));
    expect(onRedirect).toHaveBeenCalledTimes(1);
    expect(screen.queryByLabelText('Confirm password')).toBeNull();
  });

  it('signing in with the form itself redirects too (no "already signed in" in between)', async () => {
    const user = userEvent.setup();
    const onRedirect = vi.fn();
    await renderAuth(<SignInForm redirectTo="/app" onRedirect={onRedirect} />, {
      accounts: [ADA],
    });
    await user.type(screen.getByLabelText('Email'), ADA.email);
    await user.type(screen.getByLabelText('Password'), `${ADA.password}{Enter}`);
    await waitFor(() => expect(onRedirect).toHaveBeenCalledWith('/app'));
    expect(screen.queryByRole('heading', { name: "You're already signed in" })).toBeNull();
  });
});

describe('context carried to the next screen', () => {
  it('"You already have an account" links to sign-in with the email', async () => {
    const onSignIn = vi.fn();
    const user = userEvent.setup();
    const { unmount } = await renderAuth(
      <AccountExists
        email="ada@example.com"
        signInMethods={['password']}
        signInHref="/sign-in?next=/app"
      />,
    );
    const link = screen.getByRole('link', { name: 'Sign in with email and password instead' });
    expect(link).toHaveAttribute('href', '/sign-in?next=%2Fapp&email=ada%40example.com');
    unmount();
    await renderAuth(
      <AccountExists email="ada@example.com" signInMethods={['password']} onSignIn={onSignIn} />,
    );
    await user.click(
      screen.getByRole('button', { name: 'Sign in with email and password instead' }),
    );
    expect(onSignIn).toHaveBeenCalledWith('ada@example.com');
  });

  it('a dead link offers a new one for the known address', async () => {
    const onRequestNewLink = vi.fn();
    const user = userEvent.setup();
    const { unmount } = await renderAuth(
      <LinkProblem reason="invalid" email="ada@example.com" requestNewLinkHref="/forgot" />,
    );
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '/forgot?email=ada%40example.com',
    );
    unmount();
    await renderAuth(
      <LinkProblem reason="invalid" email="ada@example.com" onRequestNewLink={onRequestNewLink} />,
    );
    await user.click(screen.getByRole('button', { name: 'Request a new link' }));
    expect(onRequestNewLink).toHaveBeenCalledWith('ada@example.com');
  });

  it('a reset page for a signed-in user prefills the new request with their address', async () => {
    await renderAuth(
      <ResetPasswordPage url="https://app.test/reset" requestNewLinkHref="/forgot" />,
      {
        accounts: [ADA],
        signedInAs: ADA,
      },
    );
    expect(await screen.findByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '/forgot?email=ada%40example.com',
    );
  });

  it('"Use a different email" after sign-up signs the new account out and shows an empty form', async () => {
    const user = userEvent.setup();
    const { session } = await renderAuth(<SignUpForm />);
    await user.type(screen.getByLabelText('Email'), 'typo@exampel.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.type(screen.getByLabelText('Confirm password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await user.click(await screen.findByRole('button', { name: 'Use a different email' }));
    expect(await screen.findByLabelText('Email')).toHaveValue('');
    expect(session.getSnapshot().status).toBe('signedOut');
  });
});

import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInForm } from '../../../src/components/signIn/SignInForm';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

const ADA = { email: 'ada@example.com', password: 'correct-horse' };

describe('SignInForm with the keyboard only', () => {
  it('tabs through OAuth, email, password, its toggle, forgot password, submit and sign-up in order', async () => {
    const user = userEvent.setup();
    await renderAuth(
      <SignInForm
        oauth={{ providers: ['google.com'], onRedirect: vi.fn() }}
        forgotPasswordHref="/forgot"
        signUpHref="/sign-up"
      />,
    );
    const order = [
      screen.getByRole('button', { name: 'Continue with Google' }),
      screen.getByLabelText('Email'),
      screen.getByLabelText('Password'),
      screen.getByRole('button', { name: 'Show password' }),
      screen.getByRole('link', { name: 'Forgot password?' }),
      screen.getByRole('button', { name: 'Sign in' }),
      screen.getByRole('link', { name: 'Create an account' }),
    ];
    for (const element of order) {
      await user.tab();
      expect(element).toHaveFocus();
    }
  });

  it('submits with Enter and signs in', async () => {
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    await renderAuth(<SignInForm onSuccess={onSuccess} />, { accounts: [ADA] });
    await user.tab();
    await user.keyboard(ADA.email);
    await user.tab();
    await user.keyboard(`${ADA.password}{Enter}`);
    await waitFor(() =>
      expect(onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({ user: expect.objectContaining({ email: ADA.email }) }),
      ),
    );
  });

  it('announces errors: invalid fields are described, focus moves to the first, the alert carries form errors', async () => {
    const user = userEvent.setup();
    await renderAuth(<SignInForm />, { accounts: [{ ...ADA, disabled: true }] });
    await user.tab();
    await user.keyboard('{Enter}');
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveFocus();
    expect(email).toHaveAccessibleDescription('Enter your email address');
    await user.keyboard(ADA.email);
    await user.tab();
    await user.keyboard(`${ADA.password}{Enter}`);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('This account has been disabled.'),
    );
  });

  it('wrong password: the message is on the password field, which gets focus and keeps the text', async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    await renderAuth(<SignInForm onError={onError} />, { accounts: [ADA] });
    await user.tab();
    await user.keyboard(ADA.email);
    await user.tab();
    await user.keyboard('not-it{Enter}');
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAccessibleDescription('The password is incorrect.'));
    expect(password).toHaveFocus();
    expect(password).toHaveValue('not-it');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'invalid_password' }));
  });

  it('identifier-first: Enter on the email moves to the password for a password account', async () => {
    const user = userEvent.setup();
    await renderAuth(<SignInForm identifierFirst />, { accounts: [ADA] });
    await user.tab();
    await user.keyboard(`${ADA.email}{Enter}`);
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveFocus());
  });

  it('identifier-first: a Google-only account is told to use Google, and the message gets focus', async () => {
    const user = userEvent.setup();
    await renderAuth(
      <SignInForm identifierFirst oauth={{ providers: [], onRedirect: vi.fn() }} />,
      { accounts: [{ email: 'grace@example.com', providers: ['google.com'] }] },
    );
    await user.tab();
    await user.keyboard('grace@example.com{Enter}');
    const message = await screen.findByText(
      'The account for grace@example.com signs in with Google.',
    );
    await waitFor(() => expect(message.closest('[tabindex="-1"]')).toHaveFocus());
    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue with Google' })).toHaveFocus();
  });

  it('after the session ended because the email changed, says to sign in with the new email; not after an ordinary sign-out', async () => {
    const { session } = await renderAuth(<SignInForm />, { accounts: [ADA], signedInAs: ADA });
    expect(
      screen.queryByText('Your email address changed. Sign in again with your new email.'),
    ).toBeNull();
    session.signOut('emailChanged');
    expect(
      await screen.findByText('Your email address changed. Sign in again with your new email.'),
    ).toBeVisible();
    cleanup();

    const other = await renderAuth(<SignInForm />, { accounts: [ADA], signedInAs: ADA });
    other.session.signOut('userSignedOut');
    await waitFor(() => expect(other.session.getSnapshot().status).toBe('signedOut'));
    expect(
      screen.queryByText('Your email address changed. Sign in again with your new email.'),
    ).toBeNull();
  });
});

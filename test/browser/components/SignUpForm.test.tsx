import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignUpForm } from '../../../src/components/signUp/SignUpForm';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

describe('SignUpForm with the keyboard only', () => {
  it('tabs through email, password, confirmation, submit and the sign-in link', async () => {
    const user = userEvent.setup();
    await renderAuth(<SignUpForm signInHref="/sign-in" />);
    const order = [
      screen.getByLabelText('Email'),
      screen.getByLabelText('Password'),
      screen.getAllByRole('button', { name: 'Show password' })[0],
      screen.getByLabelText('Confirm password'),
      screen.getAllByRole('button', { name: 'Show password' })[1],
      screen.getByRole('button', { name: 'Sign up' }),
      screen.getByRole('link', { name: 'Already have an account? Sign in' }),
    ];
    for (const element of order) {
      await user.tab();
      expect(element).toHaveFocus();
    }
  });

  it('announces a mismatch on the confirmation and focuses it', async () => {
    const user = userEvent.setup();
    await renderAuth(<SignUpForm />);
    await user.tab();
    await user.keyboard('new@example.com');
    await user.tab();
    await user.keyboard('secret12');
    await user.tab();
    await user.tab();
    await user.keyboard('secret13{Enter}');
    const confirm = screen.getByLabelText('Confirm password');
    await waitFor(() => expect(confirm).toHaveAccessibleDescription('Passwords do not match'));
    expect(confirm).toHaveFocus();
  });

  it('submits with Enter, then shows and focuses the check-inbox message', async () => {
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    const test = await renderAuth(<SignUpForm onSuccess={onSuccess} />);
    await user.tab();
    await user.keyboard('new@example.com');
    await user.tab();
    await user.keyboard('secret12');
    await user.tab();
    await user.tab();
    await user.keyboard('secret12{Enter}');
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('We sent a verification link to new@example.com.');
    await waitFor(() => expect(status.closest('[tabindex="-1"]')).toHaveFocus());
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(test.emulator.outbox()).toHaveLength(1);
  });
});

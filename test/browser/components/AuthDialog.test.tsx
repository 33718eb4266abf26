import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthDialog } from '../../../src/components/dialog/AuthDialog';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

const ADA = { email: 'ada@example.com', password: 'correct-horse' };

describe('AuthDialog with the keyboard only', () => {
  it('opens with Enter, traps focus, closes with Escape and returns focus to the trigger', async () => {
    const user = userEvent.setup();
    await renderAuth(<AuthDialog trigger={<button type="button">Account</button>} />);
    await user.tab();
    const trigger = screen.getByRole('button', { name: 'Account' });
    expect(trigger).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Sign in' });
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveFocus());
    // Tabbing around never leaves the dialog.
    for (let i = 0; i < 8; i += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(trigger).toHaveFocus();
  });

  it('signs in with Enter and closes', async () => {
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    const onOpenChange = vi.fn();
    await renderAuth(
      <AuthDialog defaultOpen onOpenChange={onOpenChange} signInProps={{ onSuccess }} />,
      { accounts: [ADA] },
    );
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveFocus());
    await user.keyboard(ADA.email);
    await user.tab();
    await user.keyboard(`${ADA.password}{Enter}`);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });
});

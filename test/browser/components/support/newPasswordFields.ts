/**
 * Keyboard walk shared by the new-password pages (accept invite, reset password): Tab from the
 * top reaches "New password", its "Show password" toggle, "Confirm password" and its toggle, in
 * that order, typing into each field on the way.
 */
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

export async function tabThroughNewPasswordFields(
  user: UserEvent,
  typed: { password: string; confirm: string },
) {
  const password = await screen.findByLabelText('New password');
  const confirm = screen.getByLabelText('Confirm password');
  const [showPassword, showConfirm] = screen.getAllByRole('button', { name: 'Show password' });

  await user.tab();
  expect(password).toHaveFocus();
  await user.keyboard(typed.password);
  await user.tab();
  expect(showPassword).toHaveFocus();
  await user.tab();
  expect(confirm).toHaveFocus();
  await user.keyboard(typed.confirm);
  await user.tab();
  expect(showConfirm).toHaveFocus();
  return { password, confirm };
}

import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TestForm } from './TestForm';

afterEach(cleanup);

describe('field wiring', () => {
  it('binds each label to its input through htmlFor/id', () => {
    render(<TestForm />);
    const email = screen.getByLabelText('Email');
    expect(email.tagName).toBe('INPUT');
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    expect(email).toHaveAttribute('data-slot', 'field-input');
    const label = document.querySelector(`label[for="${email.id}"]`);
    expect(label).toHaveAttribute('data-slot', 'form-label');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
  });

  it('starts valid and references no element that does not exist', () => {
    render(<TestForm />);
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'false');
    expect(email).not.toHaveAttribute('aria-describedby');
  });

  it('describes the input by its description when there is one', async () => {
    render(<TestForm withDescription />);
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAccessibleDescription('At least 6 characters.'));
    const ids = password.getAttribute('aria-describedby')?.split(' ') ?? [];
    for (const id of ids) expect(document.getElementById(id)).not.toBeNull();
  });

  it('marks invalid fields and adds the message id to aria-describedby after submit', async () => {
    const user = userEvent.setup();
    render(<TestForm withDescription />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    const message = screen.getByText('Enter your email address');
    expect(message).toHaveAttribute('data-slot', 'form-message');
    expect(email.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    const password = screen.getByLabelText('Password');
    // The error replaces the hint rather than repeating it.
    expect(password).toHaveAccessibleDescription('Enter your password');
    expect(screen.getByText('Password', { selector: 'label' })).toHaveAttribute('data-invalid');
  });

  it('moves focus to the first invalid field', async () => {
    const user = userEvent.setup();
    render(<TestForm />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveFocus());
  });

  it('skips valid fields when choosing where to focus', async () => {
    const user = userEvent.setup();
    render(<TestForm />);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveFocus());
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'false');
  });

  it('revalidates on change once submitted', async () => {
    const user = userEvent.setup();
    render(<TestForm />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await user.type(email, 'ada@example.com');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'false'));
    expect(screen.queryByText('Enter your email address')).toBeNull();
  });

  it('disables the submit button and marks it busy while submitting', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => {};
    const pending = new Promise<void>((resolve) => {
      finish = resolve;
    });
    render(<TestForm onSubmit={() => pending} />);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'secret1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const busy = await screen.findByRole('button', { name: 'Loading…' });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute('aria-busy', 'true');
    finish();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled());
    expect(screen.getByRole('button', { name: 'Sign in' })).not.toHaveAttribute('aria-busy');
  });

  it('names the password toggle and reveals the password', async () => {
    const user = userEvent.setup();
    render(<TestForm />);
    const password = screen.getByLabelText('Password');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveAttribute('aria-controls', password.id);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(password).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('renders no theme scope when unstyled', () => {
    const { container } = render(<TestForm unstyled />);
    expect(container.querySelector('[data-slot="auth-root"]')).not.toHaveClass('dar-root');
    const { container: styled } = render(<TestForm />);
    expect(styled.querySelector('[data-slot="auth-root"]')).toHaveClass('dar-root');
  });
});

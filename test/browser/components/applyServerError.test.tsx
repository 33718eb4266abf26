import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthError, type AuthErrorCode } from '../../../src/core/errors';
import {
  applyServerError,
  emailSchema,
  existingPasswordSchema,
  fr,
  useAuthForm,
} from '../../../src/components';
import { TestForm } from './TestForm';

afterEach(cleanup);

const schema = z.object({ email: emailSchema(), password: existingPasswordSchema() });

function useTestForm() {
  return useAuthForm({ schema, defaultValues: { email: '', password: '' } });
}

type TestFormApi = ReturnType<typeof useTestForm>;

// getFieldState reads the store directly; formState.errors only updates for subscribed renders.
function errorAt(form: TestFormApi, path: string) {
  return form.getFieldState(path === 'root' ? ('root.server' as 'email') : (path as 'email')).error;
}

describe('applyServerError', () => {
  it.each<[AuthErrorCode, string]>([
    ['email_exists', 'email'],
    ['email_not_found', 'email'],
    ['invalid_email', 'email'],
    ['invalid_password', 'password'],
    ['weak_password', 'password'],
    ['invalid_credentials', 'root'],
    ['too_many_requests', 'root'],
    ['network', 'root'],
  ])('puts %s on %s', (code, target) => {
    const { result } = renderHook(useTestForm);
    let where = '';
    act(() => {
      where = applyServerError(result.current, new AuthError(code, code));
    });
    expect(where).toBe(target);
    const error = errorAt(result.current, target);
    expect(error?.message).toBe(`errors.${code}`);
    expect(error?.type).toBe('server');
  });

  it('follows a field map over the defaults', () => {
    const { result } = renderHook(useTestForm);
    act(() => {
      applyServerError(result.current, new AuthError('invalid_credentials', 'x'), {
        invalid_credentials: 'password',
      });
    });
    expect(errorAt(result.current, 'password')?.message).toBe('errors.invalid_credentials');
  });

  it('falls back to the root for a field the form does not have', () => {
    const { result } = renderHook(useTestForm);
    let where = '';
    act(() => {
      where = applyServerError(result.current, new AuthError('invalid_password', 'x'), {
        invalid_password: 'currentPassword',
      });
    });
    expect(where).toBe('root');
    expect(errorAt(result.current, 'root')?.message).toBe('errors.invalid_password');
  });

  it('treats anything that is not an AuthError as unknown, without leaking its message', () => {
    const { result } = renderHook(useTestForm);
    act(() => {
      applyServerError(result.current, new Error('TypeError: secret internals'));
    });
    expect(errorAt(result.current, 'root')?.message).toBe('errors.unknown');
  });

  it('shows a thrown field error translated on the field and focuses it', async () => {
    const user = userEvent.setup();
    render(
      <TestForm
        locale={fr}
        onSubmit={() => {
          throw new AuthError('email_exists', 'EMAIL_EXISTS', { status: 400 });
        }}
      />,
    );
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'secret1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('Un compte existe déjà avec cet e-mail.');
    expect(email).toHaveFocus();
  });

  it('announces a root error in the alert region and clears it on the next submit', async () => {
    const user = userEvent.setup();
    let fail = true;
    render(
      <TestForm
        onSubmit={() => {
          if (fail)
            throw new AuthError('invalid_credentials', 'INVALID_LOGIN_CREDENTIALS', {
              status: 400,
            });
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-state', 'closed');
    expect(alert).toBeEmptyDOMElement();
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'secret1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(alert).toHaveTextContent('The email or password is incorrect.'));
    expect(alert).toHaveAttribute('data-state', 'open');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(alert).toBeEmptyDOMElement());
  });
});

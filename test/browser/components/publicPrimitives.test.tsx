/**
 * The public form primitives and schemas, imported from the root entry point and composed the
 * way an app builds its own form: FormField/FormItem/FormLabel/FormControl/Input/PasswordInput/
 * FormDescription/FormMessage on useAuthForm, plus applyServerError and the email-link dead end.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, type ReactNode } from 'react';
import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyServerError,
  AuthError,
  AuthRoot,
  confirmPasswordSchema,
  DEFAULT_SERVER_ERROR_FIELDS,
  emailOnlySchema,
  Form,
  FormControl,
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
  FormRootError,
  Input,
  LinkProblem,
  linkProblemOf,
  passwordsMatch,
  PasswordInput,
  ROOT_SERVER_ERROR,
  signUpSchema,
  SubmitButton,
  useAuthForm,
  useFormField,
  type UseFormFieldResult,
} from '../../../src/index';

afterEach(cleanup);

const registerSchema = z
  .object({ ...signUpSchema().shape, confirmPassword: confirmPasswordSchema() })
  .check(passwordsMatch());
type RegisterValues = z.infer<typeof registerSchema>;

let seenField: UseFormFieldResult | null = null;

/** Shows what useFormField hands a custom part, and records it for the test (after commit). */
function FieldProbe() {
  const field = useFormField();
  useEffect(() => {
    seenField = field;
  });
  return <span data-testid={`probe-${field.name}`} data-invalid={String(field.invalid)} />;
}

function RegisterForm({ onSubmit }: { onSubmit?: (values: RegisterValues) => unknown }) {
  const form = useAuthForm({
    schema: registerSchema,
    defaultValues: { email: '', password: '', confirmPassword: '' },
  });
  return (
    <AuthRoot>
      <Form form={form} onSubmit={onSubmit} aria-label="Register">
        <FormRootError />
        <FormField
          control={form.control}
          name="email"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Work email</FormLabel>
              <FormControl>
                <Input type="email" autoComplete="email" {...field} />
              </FormControl>
              <FormDescription>We never share it.</FormDescription>
              <FormMessage />
              <FieldProbe />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="password"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Choose a password</FormLabel>
              <FormControl>
                <PasswordInput autoComplete="new-password" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="confirmPassword"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Repeat it</FormLabel>
              <FormControl>
                <PasswordInput autoComplete="new-password" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <SubmitButton>Create account</SubmitButton>
      </Form>
    </AuthRoot>
  );
}

function describedBy(element: HTMLElement): string[] {
  return element.getAttribute('aria-describedby')?.split(' ').filter(Boolean) ?? [];
}

describe('a custom form from the public primitives', () => {
  it('associates each label with its control (Input and PasswordInput)', () => {
    render(<RegisterForm />);
    const email = screen.getByLabelText('Work email');
    expect(email.tagName).toBe('INPUT');
    expect(email).toHaveAttribute('type', 'email');
    const password = screen.getByLabelText('Choose a password');
    expect(password).toHaveAttribute('type', 'password');
    expect(document.querySelector(`label[for="${password.id}"]`)).toHaveTextContent(
      'Choose a password',
    );
  });

  it('PasswordInput reveals and hides the password with a pressed toggle', async () => {
    const user = userEvent.setup();
    render(<RegisterForm />);
    const password = screen.getByLabelText('Choose a password');
    const toggles = screen.getAllByRole('button', { name: 'Show password' });
    const toggle = toggles.find((button) => button.getAttribute('aria-controls') === password.id)!;
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(password).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('useFormField exposes the ids the parts use; the description is wired before any error', () => {
    render(<RegisterForm />);
    const email = screen.getByLabelText('Work email');
    expect(seenField).not.toBeNull();
    expect(seenField!.name).toBe('email');
    expect(seenField!.formItemId).toBe(email.id);
    expect(seenField!.hasDescription).toBe(true);
    expect(seenField!.invalid).toBe(false);
    expect(document.getElementById(seenField!.formDescriptionId)).toHaveTextContent(
      'We never share it.',
    );
    expect(describedBy(email)).toEqual([seenField!.formDescriptionId]);
    expect(email).toHaveAccessibleDescription('We never share it.');
  });

  it('after an invalid submit: messages, aria-invalid and aria-describedby with description + message ids', async () => {
    const user = userEvent.setup();
    const submitted: RegisterValues[] = [];
    render(<RegisterForm onSubmit={(values) => void submitted.push(values)} />);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const email = screen.getByLabelText('Work email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByTestId('probe-email')).toHaveAttribute('data-invalid', 'true');
    const message = document.getElementById(seenField!.formMessageId);
    expect(message).toHaveTextContent('Enter your email address');
    expect(describedBy(email)).toEqual([seenField!.formDescriptionId, seenField!.formMessageId]);
    expect(submitted).toHaveLength(0);
  });

  it('passwordsMatch puts the mismatch on confirmPassword; a matching pair submits', async () => {
    const user = userEvent.setup();
    const submitted: RegisterValues[] = [];
    render(<RegisterForm onSubmit={(values) => void submitted.push(values)} />);
    await user.type(screen.getByLabelText('Work email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Choose a password'), 'secret123');
    await user.type(screen.getByLabelText('Repeat it'), 'secret124');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const confirm = screen.getByLabelText('Repeat it');
    await waitFor(() => expect(confirm).toHaveAttribute('aria-invalid', 'true'));
    expect(confirm).toHaveAccessibleDescription('Passwords do not match');
    expect(screen.getByLabelText('Choose a password')).toHaveAttribute('aria-invalid', 'false');
    expect(submitted).toHaveLength(0);

    await user.clear(confirm);
    await user.type(confirm, 'secret123');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() =>
      expect(submitted).toEqual([
        { email: 'ada@example.com', password: 'secret123', confirmPassword: 'secret123' },
      ]),
    );
  });

  it('confirmPasswordSchema requires the second entry', () => {
    expect(confirmPasswordSchema().safeParse('').success).toBe(false);
    expect(confirmPasswordSchema().safeParse('x').success).toBe(true);
  });
});

describe('emailOnlySchema', () => {
  function ForgotForm({ onSubmit }: { onSubmit: (values: { email: string }) => unknown }) {
    const form = useAuthForm({ schema: emailOnlySchema(), defaultValues: { email: '' } });
    return (
      <Form form={form} onSubmit={onSubmit} aria-label="Forgot">
        <FormField
          control={form.control}
          name="email"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Email</FormLabel>
              <FormControl>
                <Input type="email" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <SubmitButton>Send</SubmitButton>
      </Form>
    );
  }

  it('rejects a malformed address and accepts a valid one', async () => {
    const user = userEvent.setup();
    const sent: { email: string }[] = [];
    render(<ForgotForm onSubmit={(values) => void sent.push(values)} />);
    const email = screen.getByLabelText('Email');
    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter a valid email address'));
    expect(sent).toHaveLength(0);

    await user.clear(email);
    await user.type(email, 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(sent).toEqual([{ email: 'ada@example.com' }]));
  });
});

describe('DEFAULT_SERVER_ERROR_FIELDS and ROOT_SERVER_ERROR', () => {
  const schema = signUpSchema();
  const useSignUpForm = () => useAuthForm({ schema, defaultValues: { email: '', password: '' } });

  it('applyServerError puts each mapped code on its default field, and the rest under ROOT_SERVER_ERROR', () => {
    const { result } = renderHook(useSignUpForm);
    for (const [code, field] of Object.entries(DEFAULT_SERVER_ERROR_FIELDS)) {
      let where = '';
      act(() => {
        result.current.clearErrors();
        where = applyServerError(result.current, new AuthError(code as AuthError['code'], code));
      });
      expect(where).toBe(field);
      expect(result.current.getFieldState(field as 'email').error?.message).toBe(`errors.${code}`);
    }
    expect(Object.keys(DEFAULT_SERVER_ERROR_FIELDS)).not.toContain('invalid_credentials');
    act(() => {
      result.current.clearErrors();
      expect(applyServerError(result.current, new AuthError('invalid_credentials', 'bad'))).toBe(
        'root',
      );
    });
    expect(ROOT_SERVER_ERROR).toBe('root.server');
    expect(result.current.getFieldState(ROOT_SERVER_ERROR as 'email').error?.message).toBe(
      'errors.invalid_credentials',
    );
  });

  it('a server error from onSubmit renders on its default field, translated', async () => {
    const user = userEvent.setup();
    render(
      <RegisterForm
        onSubmit={() => {
          throw new AuthError('email_exists', 'EMAIL_EXISTS');
        }}
      />,
    );
    await user.type(screen.getByLabelText('Work email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Choose a password'), 'secret123');
    await user.type(screen.getByLabelText('Repeat it'), 'secret123');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(DEFAULT_SERVER_ERROR_FIELDS.email_exists).toBe('email');
    await waitFor(() =>
      expect(screen.getByLabelText('Work email')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByLabelText('Work email')).toHaveAccessibleDescription(
      /An account with this email already exists\./,
    );
  });
});

describe('LinkProblem + linkProblemOf', () => {
  function Page({ error }: { error: unknown }): ReactNode {
    const reason = linkProblemOf(error);
    return reason ? (
      <LinkProblem reason={reason} requestNewLinkHref="/forgot-password" signInHref="/sign-in" />
    ) : (
      <p>retry the form</p>
    );
  }

  it('maps link errors to a dead end and leaves the others to the form', () => {
    expect(linkProblemOf(new AuthError('expired_oob_code', 'EXPIRED_OOB_CODE'))).toBe('expired');
    expect(linkProblemOf(new AuthError('invalid_oob_code', 'INVALID_OOB_CODE'))).toBe('invalid');
    expect(linkProblemOf(new AuthError('weak_password', 'WEAK_PASSWORD'))).toBeNull();
    expect(linkProblemOf(new Error('boom'))).toBeNull();
  });

  it('renders the expired dead end with its ways forward for an expired_oob_code AuthError', () => {
    render(
      <AuthRoot>
        <Page error={new AuthError('expired_oob_code', 'EXPIRED_OOB_CODE')} />
      </AuthRoot>,
    );
    const deadEnd = document.querySelector('[data-slot="link-problem"]');
    expect(deadEnd).toHaveAttribute('data-state', 'expired');
    expect(screen.getByText('This link has expired')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
  });

  it('renders the form instead for an error that is not about the link', () => {
    render(<Page error={new AuthError('network', 'offline')} />);
    expect(screen.getByText('retry the form')).toBeInTheDocument();
    expect(document.querySelector('[data-slot="link-problem"]')).toBeNull();
  });
});

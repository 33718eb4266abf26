import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { AuthError } from '../src/core/errors';
import { DemoForm } from './DemoForm';

const meta = {
  title: 'Primitives/Form',
  component: DemoForm,
  args: { delayMs: 0 },
} satisfies Meta<typeof DemoForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The resting form. */
export const Default: Story = {};

/** Submitting an empty form marks every field, describes it with its message and focuses the first. */
export const SubmitEmpty: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const email = canvas.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await expect(email).toHaveAccessibleDescription('Enter your email address');
    await expect(email).toHaveFocus();
    const password = canvas.getByLabelText('Password');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    // The error replaces the hint ("At least 6 characters.") instead of repeating it.
    await expect(password).toHaveAccessibleDescription('Enter your password');
  },
};

/** Errors clear as the user fixes a field (revalidation on change after the first submit). */
export const FixAfterSubmit: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const email = canvas.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await userEvent.type(email, 'ada@example');
    await expect(email).toHaveAccessibleDescription('Enter a valid email address');
    await userEvent.type(email, '.com');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'false'));
    await expect(canvas.queryByText('Enter a valid email address')).toBeNull();
  },
};

/** A server `email_exists` lands on the email field, translated, with focus moved there. */
export const ServerFieldError: Story = {
  args: { failWith: new AuthError('email_exists', 'EMAIL_EXISTS', { status: 400 }) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'secret1');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'secret1');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const email = canvas.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await expect(email).toHaveAccessibleDescription('An account with this email already exists.');
    await expect(email).toHaveFocus();
  },
};

/** A code without a field (here: rate limiting) goes to the form's alert region. */
export const ServerRootError: Story = {
  args: {
    failWith: new AuthError('too_many_requests', 'TOO_MANY_ATTEMPTS_TRY_LATER', { status: 429 }),
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'secret1');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'secret1');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'Too many attempts. Please wait a moment and try again.',
      ),
    );
  },
};

/** While the request runs the button is disabled, busy and says what is happening. */
export const Submitting: Story = {
  args: { delayMs: 60_000 },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'secret1');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'secret1');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const button = await canvas.findByRole('button', { name: 'Creating account…' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

/** Password rules beyond the API's minimum, and the mismatch check. */
export const PasswordRules: Story = {
  args: { rules: { minLength: 8, requireNumber: true } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'short');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const password = canvas.getByLabelText('Password');
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription('Password must be at least 8 characters'),
    );
    await expect(password).toHaveFocus();
    await userEvent.type(password, 'enough');
    await expect(password).toHaveAccessibleDescription('Password must contain a number');
    await userEvent.type(password, '1');
    // Valid again: the hint is back.
    await expect(password).toHaveAccessibleDescription('At least 8 characters.');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'different');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await waitFor(() =>
      expect(canvas.getByLabelText('Confirm password')).toHaveAccessibleDescription(
        'Passwords do not match',
      ),
    );
  },
};

/** The same errors in the dark theme (axe checks their contrast). */
export const DarkTheme: Story = {
  parameters: { theme: 'dark' },
  play: SubmitEmpty.play,
};

/** French: labels, buttons and validation messages all come from the `fr` table. */
export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: "S'inscrire" }));
    const email = canvas.getByLabelText('E-mail');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await expect(email).toHaveAccessibleDescription('Saisissez votre adresse e-mail');
    await expect(email).toHaveFocus();
  },
};

/** The password toggle is a named toggle button that reveals the password. */
export const PasswordToggle: Story = {
  play: async ({ canvas, userEvent }) => {
    const password = canvas.getByLabelText('Password');
    await expect(password).toHaveAttribute('type', 'password');
    const [toggle] = canvas.getAllByRole('button', { name: 'Show password' });
    if (!toggle) throw new Error('no toggle');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(password).toHaveAttribute('type', 'text');
  },
};

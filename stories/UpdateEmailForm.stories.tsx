import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { UpdateEmailForm } from '../src/components/account/UpdateEmailForm';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const UPDATE_PATH = '/api/v1/auth/accounts/update-email';
const ADA = { email: 'ada@example.com', password: 'secret-1' };

const meta = {
  title: 'Components/UpdateEmailForm',
  component: UpdateEmailForm,
  ...emulatorStory,
  args: { onSuccess: fn(), onError: fn() },
  parameters: {
    emulator: {
      accounts: [ADA, { email: 'taken@example.com', password: 'secret-2' }],
      signedInAs: ADA,
    },
  },
} satisfies Meta<typeof UpdateEmailForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('New email')).toHaveAttribute('autocomplete', 'email');
    await expect(canvas.getByRole('heading', { name: 'Change your email' })).toBeVisible();
  },
};

/** Required, format, and "already your email" (no pointless request). */
export const ValidationErrors: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const { emulator } = storyEmulator(loaded);
    const email = canvas.getByLabelText('New email');
    await userEvent.click(canvas.getByRole('button', { name: 'Update email' }));
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter your email address'));
    await expect(email).toHaveFocus();
    await userEvent.type(email, 'ADA@example.com');
    await expect(email).toHaveAccessibleDescription('This is already your email address');
    await expect(emulator.requestCount(UPDATE_PATH)).toBe(0);
  },
};

export const EmailExists: Story = {
  play: async ({ canvas, userEvent }) => {
    const email = canvas.getByLabelText('New email');
    await userEvent.type(email, 'taken@example.com{Enter}');
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('An account with this email already exists.'),
    );
    await expect(email).toHaveValue('taken@example.com');
  },
};

export const ServerRootError: Story = {
  parameters: {
    emulator: { accounts: [ADA], signedInAs: ADA, faults: [{ path: UPDATE_PATH, status: 500 }] },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('New email'), 'ada.l@example.com{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'Something went wrong on our side. Please try again.',
      ),
    );
  },
};

export const Loading: Story = {
  parameters: {
    emulator: {
      accounts: [ADA],
      signedInAs: ADA,
      faults: [{ path: UPDATE_PATH, latencyMs: 60_000 }],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('New email'), 'ada.l@example.com{Enter}');
    await expect(await canvas.findByRole('button', { name: 'Saving…' })).toBeDisabled();
  },
};

/** The email changes for real and a verification mail goes to the new address. */
export const Success: Story = {
  play: async ({ canvas, userEvent, args, loaded }) => {
    const { emulator, session } = storyEmulator(loaded);
    await userEvent.type(canvas.getByLabelText('New email'), 'ada.l@example.com{Enter}');
    await expect(await canvas.findByText('Your email was updated.')).toBeVisible();
    await expect(
      canvas.getByText(/We sent a verification link to ada\.l@example\.com\./),
    ).toBeVisible();
    await expect(
      emulator
        .outbox()
        .filter((m) => m.kind === 'verifyEmail')
        .at(-1)?.to,
    ).toBe('ada.l@example.com');
    await expect(session.getSnapshot().session?.user.email).toBe('ada.l@example.com');
    await expect(args.onSuccess).toHaveBeenCalledWith('ada.l@example.com');
  },
};

export const DarkTheme: Story = { parameters: { theme: 'dark' }, play: ValidationErrors.play };

export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: "Modifier l'e-mail" }));
    await waitFor(() =>
      expect(canvas.getByLabelText('Nouvel e-mail')).toHaveAttribute('aria-invalid', 'true'),
    );
  },
};

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

type Play = NonNullable<Story['play']>;
type PlayContext = Parameters<Play>[0];

/** Types the new email and Ada's current password (the re-authentication step), then Enter. */
async function submitChange(
  { canvas, userEvent }: PlayContext,
  email: string,
  password = ADA.password,
) {
  await userEvent.type(canvas.getByLabelText('New email'), email);
  await userEvent.type(canvas.getByLabelText('Current password'), `${password}{Enter}`);
}

export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('New email')).toHaveAttribute('autocomplete', 'email');
    await expect(canvas.getByLabelText('Current password')).toHaveAttribute(
      'autocomplete',
      'current-password',
    );
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
  play: async (context) => {
    const email = context.canvas.getByLabelText('New email');
    await submitChange(context, 'taken@example.com');
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
  play: async (context) => {
    const { canvas } = context;
    await submitChange(context, 'ada.l@example.com');
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
  play: async (context) => {
    await submitChange(context, 'ada.l@example.com');
    await expect(await context.canvas.findByRole('button', { name: 'Saving…' })).toBeDisabled();
  },
};

/** A wrong current password changes nothing and is reported on its field. */
export const WrongPassword: Story = {
  play: async (context) => {
    const { emulator } = storyEmulator(context.loaded);
    await submitChange(context, 'ada.l@example.com', 'not-her-password');
    const password = context.canvas.getByLabelText('Current password');
    await waitFor(() => expect(password).toHaveAccessibleDescription('The password is incorrect.'));
    await expect(emulator.requestCount(UPDATE_PATH)).toBe(0);
  },
};

/**
 * The email changes for real, a verification mail goes to the new address, and the user stays
 * signed in: the password signs them in again with the new email.
 */
export const Success: Story = {
  play: async (context) => {
    const { canvas, args, loaded } = context;
    const { emulator, session } = storyEmulator(loaded);
    await submitChange(context, 'ada.l@example.com');
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
    await waitFor(() =>
      expect(session.getSnapshot().session?.user.email).toBe('ada.l@example.com'),
    );
    await expect(session.getSnapshot().status).toBe('signedIn');
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

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { InviteUserForm } from '../src/components/account/InviteUserForm';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const INVITE_PATH = '/api/v1/auth/accounts/invite';

const meta = {
  title: 'Components/InviteUserForm',
  component: InviteUserForm,
  ...emulatorStory,
  args: { onSuccess: fn(), onError: fn() },
  parameters: { emulator: { accounts: [{ email: 'taken@example.com', password: 'secret-1' }] } },
} satisfies Meta<typeof InviteUserForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText("Invitee's email")).toHaveAttribute('type', 'email');
    await expect(canvas.getByRole('button', { name: 'Send invite' })).toBeEnabled();
  },
};

export const ValidationErrors: Story = {
  play: async ({ canvas, userEvent }) => {
    const email = canvas.getByLabelText("Invitee's email");
    await userEvent.click(canvas.getByRole('button', { name: 'Send invite' }));
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter your email address'));
    await expect(email).toHaveFocus();
    await userEvent.type(email, 'not-an-email');
    await expect(email).toHaveAccessibleDescription('Enter a valid email address');
  },
};

/** An address that already has an account: reported on the field, text kept. */
export const EmailExists: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const email = canvas.getByLabelText("Invitee's email");
    await userEvent.type(email, 'taken@example.com{Enter}');
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('An account with this email already exists.'),
    );
    await expect(email).toHaveFocus();
    await expect(email).toHaveValue('taken@example.com');
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'email_exists' }),
    );
  },
};

export const ServerRootError: Story = {
  parameters: { emulator: { faults: [{ path: INVITE_PATH, status: 503 }] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText("Invitee's email"), 'new@example.com{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'Something went wrong on our side. Please try again.',
      ),
    );
  },
};

export const Loading: Story = {
  parameters: { emulator: { faults: [{ path: INVITE_PATH, latencyMs: 60_000 }] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText("Invitee's email"), 'new@example.com{Enter}');
    const button = await canvas.findByRole('button', { name: 'Sending…' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

/** The invitation is mailed for real; the form is emptied for the next one. */
export const Success: Story = {
  play: async ({ canvas, userEvent, args, loaded }) => {
    const { emulator } = storyEmulator(loaded);
    await userEvent.type(canvas.getByLabelText("Invitee's email"), 'new@example.com{Enter}');
    await expect(await canvas.findByText('Invitation sent to new@example.com.')).toBeVisible();
    await expect(canvas.getByLabelText("Invitee's email")).toHaveValue('');
    await expect(
      emulator
        .outbox()
        .filter((m) => m.kind === 'invite')
        .map((m) => m.to),
    ).toEqual(['new@example.com']);
    await expect(args.onSuccess).toHaveBeenCalledWith('new@example.com');
  },
};

export const DarkTheme: Story = { parameters: { theme: 'dark' }, play: EmailExists.play };

export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: "Envoyer l'invitation" }));
    await waitFor(() =>
      expect(canvas.getByLabelText('E-mail de la personne invitée')).toHaveAttribute(
        'aria-invalid',
        'true',
      ),
    );
  },
};

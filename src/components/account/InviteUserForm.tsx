/**
 * A signed-in (admin) screen: Deskree's invite endpoint takes no token, so the guard is the app's.
 * Accessible names (stable, from `en`): heading "Invite someone"; field "Invitee's email";
 * button "Send invite" ("Sending…" while pending); success status "Invitation sent to {email}.".
 */
import { useState } from 'react';
import { useInvite } from '../../react/useInvite.js';
import { reportAuthError } from '../form/reportAuthError.js';
import { useAuthForm } from '../form/useAuthForm.js';
import { format } from '../i18n/format.js';
import { sharedMessages } from '../i18n/en/shared.js';
import { accountMessages } from '../i18n/en/account.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { emailOnlySchema } from '../schemas.js';
import type { CardFormClassNames, CardScreenProps } from '../ui/cardProps.js';
import { TextField } from '../ui/TextField.js';
import { AccountFormCard } from './AccountFormCard.js';

interface InviteValues {
  email: string;
}

export type InviteUserFormState = 'idle' | 'submitting' | 'success';

/** Classes for each part of the form. */
export type InviteUserFormClassNames = CardFormClassNames;

export interface InviteUserFormProps extends CardScreenProps<InviteUserFormClassNames> {
  /** Called with the invited address; the form is then emptied for the next invitation. */
  onSuccess?: (email: string) => void;
}

/**
 * Creates an account for an address and mails it an invitation link (which opens
 * `<AcceptInvitePage/>`). An address that already has an account is reported on the field.
 * A signed-in (admin) screen: the invite endpoint takes no token, so only your app keeps
 * strangers from inviting; render it behind `<RequireAuth>` and your own role check.
 *
 * @example
 * <RequireAuth redirectTo="/sign-in?next=/invite">
 *   <InviteUserForm onSuccess={(email) => toast(`Invited ${email}`)} />
 * </RequireAuth>
 */
export function InviteUserForm({ onSuccess, onError, ...cardProps }: InviteUserFormProps) {
  const t = useMessageSlice(sharedMessages, accountMessages);
  const invite = useInvite();
  const [invited, setInvited] = useState<string | null>(null);
  const form = useAuthForm<InviteValues, InviteValues>({
    schema: emailOnlySchema(),
    defaultValues: { email: '' },
  });

  const submit = async ({ email }: InviteValues) => {
    setInvited(null);
    await reportAuthError(() => invite.mutateAsync({ email }), onError);
    // Emptied for the next invitation; the status line says who was invited.
    form.reset({ email: '' });
    setInvited(email);
    onSuccess?.(email);
  };

  return (
    <AccountFormCard
      pageSlot="invite-user-form"
      heading={t['title.sendInvite']}
      form={form}
      submit={submit}
      success={invited ? format(t['success.inviteSent'], { email: invited }) : null}
      pendingLabel={t['loading.sending']}
      submitLabel={t['button.sendInvite']}
      {...cardProps}
    >
      <TextField
        control={form.control}
        name="email"
        kind="email"
        label={t['label.inviteEmail']}
        placeholder={t['placeholder.email']}
        classNames={cardProps.classNames?.fields}
      />
    </AccountFormCard>
  );
}

/**
 * Accessible names (stable, from `en`): heading "Change your email"; fields "New email" and
 * (password accounts) "Current password"; button "Update email" ("Saving…" while pending); success
 * status "Your email was updated." followed by "We sent a verification link to {email}. …", or,
 * when the session had to end, "Sign in again with {email}.".
 */
import { useMemo, useState } from 'react';
import * as z from 'zod/mini';
import { useAuthState } from '../../react/useAuthState.js';
import { useUpdateEmail } from '../../react/useUpdateEmail.js';
import type { ServerErrorFieldMap } from '../form/applyServerError.js';
import { reportAuthError } from '../form/reportAuthError.js';
import { useAuthForm } from '../form/useAuthForm.js';
import { format } from '../i18n/format.js';
import { messageKey } from '../i18n/translate.js';
import { sharedMessages } from '../i18n/en/shared.js';
import { accountMessages } from '../i18n/en/account.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { emailSchema, existingPasswordSchema } from '../schemas.js';
import type { CardFormClassNames, CardScreenProps } from '../ui/cardProps.js';
import { TextField } from '../ui/TextField.js';
import { AccountFormCard } from './AccountFormCard.js';

interface UpdateEmailValues {
  email: string;
  /** Empty (and not shown) for accounts without a password. */
  currentPassword: string;
}

// A wrong current password is about what the user typed in that field.
const SERVER_ERROR_FIELDS: ServerErrorFieldMap = {
  invalid_password: 'currentPassword',
  invalid_credentials: 'currentPassword',
};

export type UpdateEmailFormState = 'idle' | 'submitting' | 'success';

/** Classes for each part of the form. */
export type UpdateEmailFormClassNames = CardFormClassNames;

export interface UpdateEmailFormProps extends CardScreenProps<UpdateEmailFormClassNames> {
  onSuccess?: (email: string) => void;
}

function updateEmailSchema(currentEmail: string | null, asksPassword: boolean) {
  const current = currentEmail?.toLowerCase() ?? null;
  return z.object({
    email: emailSchema().check(
      // Saving the same address would send a pointless verification mail.
      z.refine((email) => email.toLowerCase() !== current, {
        error: messageKey('validation.sameEmail'),
        abort: true,
      }),
    ),
    currentPassword: asksPassword ? existingPasswordSchema() : z.string(),
  });
}

/**
 * Changes the signed-in user's email. Accounts with a password confirm it first (re-authentication):
 * the change revokes the user's sessions, and the password signs them in again with the new
 * address, so they stay signed in. The new address must be verified: after success the form says a
 * verification mail was sent (its link opens `<VerifyEmailPage/>`). Accounts that sign in with a
 * provider only have no password to give: the change ends their session (reason `emailChanged`) and
 * they sign in again through the provider.
 *
 * @example
 * <SignedIn><UpdateEmailForm onSuccess={(email) => console.log('now', email)} /></SignedIn>
 */
export function UpdateEmailForm({ onSuccess, onError, ...cardProps }: UpdateEmailFormProps) {
  const t = useMessageSlice(sharedMessages, accountMessages);
  const { user } = useAuthState('UpdateEmailForm');
  const currentEmail = user?.email ?? null;
  // The way the user signed in says whether there is a password to confirm.
  const asksPassword = user?.signInProvider === 'password';
  const update = useUpdateEmail();
  const [updated, setUpdated] = useState<{ email: string; signedIn: boolean } | null>(null);
  const schema = useMemo(
    () => updateEmailSchema(currentEmail, asksPassword),
    [currentEmail, asksPassword],
  );
  const form = useAuthForm<UpdateEmailValues, UpdateEmailValues>({
    schema,
    defaultValues: { email: '', currentPassword: '' },
  });

  const submit = async ({ email, currentPassword }: UpdateEmailValues) => {
    setUpdated(null);
    const result = await reportAuthError(
      () => update.mutateAsync(asksPassword ? { email, password: currentPassword } : { email }),
      onError,
    );
    form.reset({ email: '', currentPassword: '' });
    setUpdated({ email, signedIn: result.session !== null });
    onSuccess?.(email);
  };

  return (
    <AccountFormCard
      pageSlot="update-email-form"
      heading={t['title.updateEmail']}
      form={form}
      submit={submit}
      serverErrorFields={SERVER_ERROR_FIELDS}
      success={
        updated
          ? format(t[updated.signedIn ? 'success.verificationSent' : 'signedOut.emailChanged'], {
              email: updated.email,
            })
          : null
      }
      successTitle={t['success.emailUpdated']}
      pendingLabel={t['loading.saving']}
      submitLabel={t['button.updateEmail']}
      {...cardProps}
    >
      <TextField
        control={form.control}
        name="email"
        kind="email"
        label={t['label.newEmail']}
        placeholder={t['placeholder.email']}
        classNames={cardProps.classNames?.fields}
      />
      {asksPassword ? (
        <TextField
          control={form.control}
          name="currentPassword"
          kind="current-password"
          label={t['label.currentPassword']}
          classNames={cardProps.classNames?.fields}
        />
      ) : null}
    </AccountFormCard>
  );
}

/**
 * Accessible names (stable, from `en`): heading "Change your email"; field "New email";
 * button "Update email" ("Saving…" while pending); success status "Your email was updated."
 * followed by "We sent a verification link to {email}. …".
 */
import { useMemo, useState } from 'react';
import * as z from 'zod/mini';
import { useAuth } from '../../react/useAuth';
import { useUpdateEmail } from '../../react/useUpdateEmail';
import { reportAuthError } from '../form/reportAuthError';
import { useAuthForm } from '../form/useAuthForm';
import { format } from '../i18n/format';
import { messageKey } from '../i18n/translate';
import { useMessages } from '../i18n/useMessages';
import { emailSchema } from '../schemas';
import type { CardFormClassNames, CardScreenProps } from '../ui/cardProps';
import { TextField } from '../ui/TextField';
import { AccountFormCard } from './AccountFormCard';

interface UpdateEmailValues {
  email: string;
}

export type UpdateEmailFormState = 'idle' | 'submitting' | 'success';

/** Classes for each part of the form. */
export type UpdateEmailFormClassNames = CardFormClassNames;

export interface UpdateEmailFormProps extends CardScreenProps<UpdateEmailFormClassNames> {
  onSuccess?: (email: string) => void;
}

function updateEmailSchema(currentEmail: string | null) {
  const current = currentEmail?.toLowerCase() ?? null;
  return z.object({
    email: emailSchema().check(
      // Saving the same address would send a pointless verification mail.
      z.refine((email) => email.toLowerCase() !== current, {
        error: messageKey('validation.sameEmail'),
        abort: true,
      }),
    ),
  });
}

/**
 * Changes the signed-in user's email. The new address must be verified: after success the form
 * says a verification mail was sent (its link opens `<VerifyEmailPage/>`).
 *
 * @example
 * <SignedIn><UpdateEmailForm onSuccess={(email) => console.log('now', email)} /></SignedIn>
 */
export function UpdateEmailForm({
  onSuccess,
  onError,
  headingLevel,
  classNames,
  ...props
}: UpdateEmailFormProps) {
  const t = useMessages();
  const { user } = useAuth();
  const currentEmail = user?.email ?? null;
  const update = useUpdateEmail();
  const [updatedTo, setUpdatedTo] = useState<string | null>(null);
  const schema = useMemo(() => updateEmailSchema(currentEmail), [currentEmail]);
  const form = useAuthForm<UpdateEmailValues, UpdateEmailValues>({
    schema,
    defaultValues: { email: '' },
  });

  const submit = async ({ email }: UpdateEmailValues) => {
    setUpdatedTo(null);
    await reportAuthError(() => update.mutateAsync({ email }), onError);
    form.reset({ email: '' });
    setUpdatedTo(email);
    onSuccess?.(email);
  };

  const state: UpdateEmailFormState = form.formState.isSubmitting
    ? 'submitting'
    : updatedTo
      ? 'success'
      : 'idle';
  return (
    <AccountFormCard
      pageSlot="update-email-form"
      state={state}
      heading={t['title.updateEmail']}
      headingLevel={headingLevel}
      form={form}
      submit={submit}
      success={updatedTo ? format(t['success.verificationSent'], { email: updatedTo }) : null}
      successTitle={t['success.emailUpdated']}
      pendingLabel={t['loading.saving']}
      submitLabel={t['button.updateEmail']}
      classNames={classNames}
      {...props}
    >
      <TextField
        control={form.control}
        name="email"
        kind="email"
        label={t['label.newEmail']}
        placeholder={t['placeholder.email']}
        classNames={classNames?.fields}
      />
    </AccountFormCard>
  );
}

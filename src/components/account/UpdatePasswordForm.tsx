/**
 * Accessible names (stable, from `en`): heading "Change your password"; fields "Current password",
 * "New password", "Confirm password"; button "Update password" ("Saving…" while pending);
 * success status "Your password was updated.".
 */
import { useState } from 'react';
import * as z from 'zod/mini';
import { useUpdatePassword } from '../../react/useUpdatePassword.js';
import type { ServerErrorFieldMap } from '../form/applyServerError.js';
import { reportAuthError } from '../form/reportAuthError.js';
import { useAuthForm } from '../form/useAuthForm.js';
import { sharedMessages } from '../i18n/en/shared.js';
import { accountMessages } from '../i18n/en/account.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import {
  existingPasswordSchema,
  passwordSchema,
  confirmPasswordSchema,
  passwordsMatch,
  type PasswordRules,
} from '../schemas.js';
import type { CardFormClassNames, CardScreenProps } from '../ui/cardProps.js';
import { NewPasswordFields } from '../ui/NewPasswordFields.js';
import { TextField } from '../ui/TextField.js';
import { AccountFormCard } from './AccountFormCard.js';

interface UpdatePasswordValues {
  currentPassword: string;
  password: string;
  confirmPassword: string;
}

export type UpdatePasswordFormState = 'idle' | 'submitting' | 'success';

/** Classes for each part of the form. */
export type UpdatePasswordFormClassNames = CardFormClassNames;

export interface UpdatePasswordFormProps extends CardScreenProps<UpdatePasswordFormClassNames> {
  passwordRules?: PasswordRules;
  onSuccess?: () => void;
}

// The API's wrong-password answers concern what the user typed as the current password, and a
// weak password the new one; the form's field names differ from the defaults (`password`).
const SERVER_ERROR_FIELDS: ServerErrorFieldMap = {
  invalid_password: 'currentPassword',
  invalid_credentials: 'currentPassword',
  weak_password: 'password',
};

function updatePasswordSchema(rules?: PasswordRules) {
  return z
    .object({
      currentPassword: existingPasswordSchema(),
      password: passwordSchema(rules),
      confirmPassword: confirmPasswordSchema(),
    })
    .check(passwordsMatch());
}

/**
 * Changes the signed-in user's password. The session stays valid (the API returns a new one,
 * which replaces the stored tokens in this and other tabs).
 *
 * @example
 * <SignedIn><UpdatePasswordForm passwordRules={{ minLength: 8 }} /></SignedIn>
 */
export function UpdatePasswordForm({
  passwordRules,
  onSuccess,
  onError,
  ...cardProps
}: UpdatePasswordFormProps) {
  const t = useMessageSlice(sharedMessages, accountMessages);
  const update = useUpdatePassword();
  const [updated, setUpdated] = useState(false);
  const form = useAuthForm<UpdatePasswordValues, UpdatePasswordValues>({
    schema: updatePasswordSchema(passwordRules),
    defaultValues: { currentPassword: '', password: '', confirmPassword: '' },
  });

  const submit = async ({ currentPassword, password }: UpdatePasswordValues) => {
    setUpdated(false);
    await reportAuthError(
      () => update.mutateAsync({ oldPassword: currentPassword, newPassword: password }),
      onError,
    );
    // Passwords do not stay on screen after they were saved.
    form.reset();
    setUpdated(true);
    onSuccess?.();
  };

  return (
    <AccountFormCard
      pageSlot="update-password-form"
      heading={t['title.updatePassword']}
      form={form}
      submit={submit}
      serverErrorFields={SERVER_ERROR_FIELDS}
      success={updated ? t['success.passwordUpdated'] : null}
      pendingLabel={t['loading.saving']}
      submitLabel={t['button.updatePassword']}
      {...cardProps}
    >
      <TextField
        control={form.control}
        name="currentPassword"
        kind="current-password"
        label={t['label.currentPassword']}
        classNames={cardProps.classNames?.fields}
      />
      <NewPasswordFields rules={passwordRules} classNames={cardProps.classNames?.fields} />
    </AccountFormCard>
  );
}

/**
 * Accessible names (stable, from `en`): heading "Change your password"; fields "Current password",
 * "New password", "Confirm password"; button "Update password" ("Saving…" while pending);
 * success status "Your password was updated.".
 */
import { useState, type ComponentPropsWithoutRef } from 'react';
import * as z from 'zod/mini';
import { isAuthError, type AuthError } from '../../core/errors';
import { useUpdatePassword } from '../../react/useUpdatePassword';
import { cx } from '../cx';
import { Form } from '../form/Form';
import { FormRootError } from '../form/FormRootError';
import { SubmitButton } from '../form/SubmitButton';
import type { ServerErrorFieldMap } from '../form/applyServerError';
import { useAuthForm } from '../form/useAuthForm';
import { format } from '../i18n/format';
import { messageKey } from '../i18n/translate';
import { useMessages } from '../i18n/useMessages';
import { DEFAULT_PASSWORD_MIN_LENGTH, existingPasswordSchema, passwordSchema, type PasswordRules } from '../schemas';
import { Alert } from '../ui/Alert';
import { AuthCard, type AuthCardClassNames } from '../ui/AuthCard';
import { TextField, type TextFieldClassNames } from '../ui/TextField';

interface UpdatePasswordValues {
  currentPassword: string;
  password: string;
  confirmPassword: string;
}

export type UpdatePasswordFormState = 'idle' | 'submitting' | 'success';

/** Classes for each part of the form. */
export interface UpdatePasswordFormClassNames {
  card?: string;
  cardParts?: AuthCardClassNames;
  form?: string;
  fields?: TextFieldClassNames;
  rootError?: string;
  submit?: string;
  success?: string;
}

export interface UpdatePasswordFormProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onError' | 'children'> {
  passwordRules?: PasswordRules;
  onSuccess?: () => void;
  onError?: (error: AuthError) => void;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classNames?: UpdatePasswordFormClassNames;
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
      confirmPassword: z.string().check(z.minLength(1, { error: messageKey('validation.required'), abort: true })),
    })
    .check(
      z.refine((values) => values.password === values.confirmPassword, {
        error: messageKey('validation.passwordMismatch'),
        path: ['confirmPassword'],
      }),
    );
}

/**
 * Changes the signed-in user's password. The session stays valid (the API returns a new one,
 * which replaces the stored tokens in this and other tabs).
 *
 * @example
 * <SignedIn><UpdatePasswordForm passwordRules={{ minLength: 8 }} /></SignedIn>
 */
export function UpdatePasswordForm({ passwordRules, onSuccess, onError, headingLevel, className, classNames, ...props }: UpdatePasswordFormProps) {
  const t = useMessages();
  const update = useUpdatePassword();
  const [updated, setUpdated] = useState(false);
  const form = useAuthForm<UpdatePasswordValues, UpdatePasswordValues>({
    schema: updatePasswordSchema(passwordRules),
    defaultValues: { currentPassword: '', password: '', confirmPassword: '' },
  });

  const submit = async ({ currentPassword, password }: UpdatePasswordValues) => {
    setUpdated(false);
    try {
      await update.mutateAsync({ oldPassword: currentPassword, newPassword: password });
    } catch (error) {
      if (isAuthError(error)) onError?.(error);
      throw error;
    }
    // Passwords do not stay on screen after they were saved.
    form.reset();
    setUpdated(true);
    onSuccess?.();
  };

  const min = passwordRules?.minLength ?? DEFAULT_PASSWORD_MIN_LENGTH;
  const state: UpdatePasswordFormState = form.formState.isSubmitting ? 'submitting' : updated ? 'success' : 'idle';
  return (
    <div data-slot="update-password-form" data-state={state} className={cx(className)} {...props}>
      <AuthCard className={classNames?.card} classNames={classNames?.cardParts} headingLevel={headingLevel} title={t['title.updatePassword']}>
        <Form form={form} onSubmit={submit} serverErrorFields={SERVER_ERROR_FIELDS} className={classNames?.form}>
          <div role="status" data-slot="update-password-form-success" className={cx(classNames?.success)}>
            {updated ? <Alert variant="success" role="none">{t['success.passwordUpdated']}</Alert> : null}
          </div>
          <FormRootError className={classNames?.rootError} />
          <TextField control={form.control} name="currentPassword" kind="current-password" label={t['label.currentPassword']} classNames={classNames?.fields} />
          <TextField
            control={form.control}
            name="password"
            kind="new-password"
            label={t['label.newPassword']}
            description={format(t['description.password'], { min })}
            classNames={classNames?.fields}
          />
          <TextField control={form.control} name="confirmPassword" kind="new-password" label={t['label.confirmPassword']} classNames={classNames?.fields} />
          <SubmitButton pendingLabel={t['loading.saving']} className={classNames?.submit}>
            {t['button.updatePassword']}
          </SubmitButton>
        </Form>
      </AuthCard>
    </div>
  );
}

/**
 * Accessible names (stable, from `en`): heading "Change your email"; field "New email";
 * button "Update email" ("Saving…" while pending); success status "Your email was updated."
 * followed by "We sent a verification link to {email}. …".
 */
import { useMemo, useState, type ComponentPropsWithoutRef } from 'react';
import * as z from 'zod/mini';
import { isAuthError, type AuthError } from '../../core/errors';
import { useAuth } from '../../react/useAuth';
import { useUpdateEmail } from '../../react/useUpdateEmail';
import { cx } from '../cx';
import { Form } from '../form/Form';
import { FormRootError } from '../form/FormRootError';
import { SubmitButton } from '../form/SubmitButton';
import { useAuthForm } from '../form/useAuthForm';
import { format } from '../i18n/format';
import { messageKey } from '../i18n/translate';
import { useMessages } from '../i18n/useMessages';
import { emailSchema } from '../schemas';
import { Alert } from '../ui/Alert';
import { AuthCard, type AuthCardClassNames } from '../ui/AuthCard';
import { TextField, type TextFieldClassNames } from '../ui/TextField';

interface UpdateEmailValues {
  email: string;
}

export type UpdateEmailFormState = 'idle' | 'submitting' | 'success';

/** Classes for each part of the form. */
export interface UpdateEmailFormClassNames {
  card?: string;
  cardParts?: AuthCardClassNames;
  form?: string;
  fields?: TextFieldClassNames;
  rootError?: string;
  submit?: string;
  success?: string;
}

export interface UpdateEmailFormProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onError' | 'children'> {
  onSuccess?: (email: string) => void;
  onError?: (error: AuthError) => void;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classNames?: UpdateEmailFormClassNames;
}

function updateEmailSchema(currentEmail: string | null) {
  const current = currentEmail?.toLowerCase() ?? null;
  return z.object({
    email: emailSchema().check(
      // Saving the same address would send a pointless verification mail.
      z.refine((email) => email.toLowerCase() !== current, { error: messageKey('validation.sameEmail'), abort: true }),
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
export function UpdateEmailForm({ onSuccess, onError, headingLevel, className, classNames, ...props }: UpdateEmailFormProps) {
  const t = useMessages();
  const { user } = useAuth();
  const currentEmail = user?.email ?? null;
  const update = useUpdateEmail();
  const [updatedTo, setUpdatedTo] = useState<string | null>(null);
  const schema = useMemo(() => updateEmailSchema(currentEmail), [currentEmail]);
  const form = useAuthForm<UpdateEmailValues, UpdateEmailValues>({ schema, defaultValues: { email: '' } });

  const submit = async ({ email }: UpdateEmailValues) => {
    setUpdatedTo(null);
    try {
      await update.mutateAsync({ email });
    } catch (error) {
      if (isAuthError(error)) onError?.(error);
      throw error;
    }
    form.reset({ email: '' });
    setUpdatedTo(email);
    onSuccess?.(email);
  };

  const state: UpdateEmailFormState = form.formState.isSubmitting ? 'submitting' : updatedTo ? 'success' : 'idle';
  return (
    <div data-slot="update-email-form" data-state={state} className={cx(className)} {...props}>
      <AuthCard className={classNames?.card} classNames={classNames?.cardParts} headingLevel={headingLevel} title={t['title.updateEmail']}>
        <Form form={form} onSubmit={submit} className={classNames?.form}>
          <div role="status" data-slot="update-email-form-success" className={cx(classNames?.success)}>
            {updatedTo ? (
              <Alert variant="success" role="none" title={t['success.emailUpdated']}>
                {format(t['success.verificationSent'], { email: updatedTo })}
              </Alert>
            ) : null}
          </div>
          <FormRootError className={classNames?.rootError} />
          <TextField control={form.control} name="email" kind="email" label={t['label.newEmail']} placeholder={t['placeholder.email']} classNames={classNames?.fields} />
          <SubmitButton pendingLabel={t['loading.saving']} className={classNames?.submit}>
            {t['button.updateEmail']}
          </SubmitButton>
        </Form>
      </AuthCard>
    </div>
  );
}

/**
 * Accessible names (stable, from `en`): heading "Invite someone"; field "Invitee's email";
 * button "Send invite" ("Sending…" while pending); success status "Invitation sent to {email}.".
 */
import { useState, type ComponentPropsWithoutRef } from 'react';
import { isAuthError, type AuthError } from '../../core/errors';
import { useInvite } from '../../react/useInvite';
import { cx } from '../cx';
import { Form } from '../form/Form';
import { FormRootError } from '../form/FormRootError';
import { SubmitButton } from '../form/SubmitButton';
import { useAuthForm } from '../form/useAuthForm';
import { format } from '../i18n/format';
import { useMessages } from '../i18n/useMessages';
import { emailOnlySchema } from '../schemas';
import { Alert } from '../ui/Alert';
import { AuthCard, type AuthCardClassNames } from '../ui/AuthCard';
import type { TextFieldClassNames } from '../ui/TextField';
import { TextField } from '../ui/TextField';

interface InviteValues {
  email: string;
}

export type InviteUserFormState = 'idle' | 'submitting' | 'success';

/** Classes for each part of the form. */
export interface InviteUserFormClassNames {
  card?: string;
  cardParts?: AuthCardClassNames;
  form?: string;
  fields?: TextFieldClassNames;
  rootError?: string;
  submit?: string;
  success?: string;
}

export interface InviteUserFormProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onError' | 'children'> {
  /** Called with the invited address; the form is then emptied for the next invitation. */
  onSuccess?: (email: string) => void;
  onError?: (error: AuthError) => void;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classNames?: InviteUserFormClassNames;
}

/**
 * Creates an account for an address and mails it an invitation link (which opens
 * `<AcceptInvitePage/>`). An address that already has an account is reported on the field.
 *
 * @example
 * <InviteUserForm onSuccess={(email) => toast(`Invited ${email}`)} />
 */
export function InviteUserForm({ onSuccess, onError, headingLevel, className, classNames, ...props }: InviteUserFormProps) {
  const t = useMessages();
  const invite = useInvite();
  const [invited, setInvited] = useState<string | null>(null);
  const form = useAuthForm<InviteValues, InviteValues>({ schema: emailOnlySchema(), defaultValues: { email: '' } });

  const submit = async ({ email }: InviteValues) => {
    setInvited(null);
    try {
      await invite.mutateAsync({ email });
    } catch (error) {
      if (isAuthError(error)) onError?.(error);
      throw error;
    }
    // Emptied for the next invitation; the status line says who was invited.
    form.reset({ email: '' });
    setInvited(email);
    onSuccess?.(email);
  };

  const state: InviteUserFormState = form.formState.isSubmitting ? 'submitting' : invited ? 'success' : 'idle';
  return (
    <div data-slot="invite-user-form" data-state={state} className={cx(className)} {...props}>
      <AuthCard className={classNames?.card} classNames={classNames?.cardParts} headingLevel={headingLevel} title={t['title.sendInvite']}>
        <Form form={form} onSubmit={submit} className={classNames?.form}>
          {/* Always rendered (empty when idle) so the status is announced when its text appears. */}
          <div role="status" data-slot="invite-user-form-success" className={cx(classNames?.success)}>
            {invited ? <Alert variant="success" role="none">{format(t['success.inviteSent'], { email: invited })}</Alert> : null}
          </div>
          <FormRootError className={classNames?.rootError} />
          <TextField control={form.control} name="email" kind="email" label={t['label.inviteEmail']} placeholder={t['placeholder.email']} classNames={classNames?.fields} />
          <SubmitButton pendingLabel={t['loading.sending']} className={classNames?.submit}>
            {t['button.sendInvite']}
          </SubmitButton>
        </Form>
      </AuthCard>
    </div>
  );
}

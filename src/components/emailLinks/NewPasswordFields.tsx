import type { ReactNode } from 'react';
import type { Control, UseFormReturn } from 'react-hook-form';
import { Form } from '../form/Form';
import { FormRootError } from '../form/FormRootError';
import { SubmitButton } from '../form/SubmitButton';
import { DEFAULT_PASSWORD_MIN_LENGTH, type PasswordRules } from '../schemas';
import { format } from '../i18n/format';
import { commonMessages } from '../i18n/en/common';
import { sharedMessages } from '../i18n/en/shared';
import { useMessageSlice } from '../i18n/useMessageSlice';
import { TextField, type TextFieldClassNames } from '../ui/TextField';

/** The values of a "choose a password" form (see `newPasswordSchema`). */
export interface NewPasswordValues {
  password: string;
  confirmPassword: string;
  /** Only on forms that also ask for the email (an invitation accepted with `signInAfter`). */
  email?: string;
}

export interface NewPasswordFieldsProps {
  control: Control<NewPasswordValues>;
  rules?: PasswordRules;
  classNames?: TextFieldClassNames;
}

/**
 * "New password" + "Confirm password", both `autoComplete="new-password"` so password
 * managers offer to generate and save instead of filling the old one.
 */
export function NewPasswordFields({ control, rules, classNames }: NewPasswordFieldsProps) {
  const t = useMessageSlice(commonMessages, sharedMessages);
  const min = rules?.minLength ?? DEFAULT_PASSWORD_MIN_LENGTH;
  return (
    <>
      <TextField
        control={control}
        name="password"
        kind="new-password"
        label={t['label.newPassword']}
        description={format(t['description.password'], { min })}
        classNames={classNames}
      />
      <TextField
        control={control}
        name="confirmPassword"
        kind="new-password"
        label={t['label.confirmPassword']}
        classNames={classNames}
      />
    </>
  );
}

export interface NewPasswordFormProps {
  form: UseFormReturn<NewPasswordValues, unknown, NewPasswordValues>;
  onSubmit: (values: NewPasswordValues) => unknown;
  rules?: PasswordRules;
  /** The submit button's label ("Saving…" while pending). */
  submitLabel: ReactNode;
  /** Ask for the email before the passwords (to sign in with it afterwards). */
  withEmail?: boolean;
  classNames?: { form?: string; fields?: TextFieldClassNames; rootError?: string; submit?: string };
}

/** The whole "choose a password" form of an email-link page: server error, both fields, submit. */
export function NewPasswordForm({
  form,
  onSubmit,
  rules,
  submitLabel,
  withEmail = false,
  classNames,
}: NewPasswordFormProps) {
  const t = useMessageSlice(commonMessages, sharedMessages);
  return (
    <Form form={form} onSubmit={onSubmit} className={classNames?.form}>
      <FormRootError className={classNames?.rootError} />
      {withEmail ? (
        <TextField
          control={form.control}
          name="email"
          kind="email"
          label={t['label.email']}
          classNames={classNames?.fields}
        />
      ) : null}
      <NewPasswordFields control={form.control} rules={rules} classNames={classNames?.fields} />
      <SubmitButton pendingLabel={t['loading.saving']} className={classNames?.submit}>
        {submitLabel}
      </SubmitButton>
    </Form>
  );
}

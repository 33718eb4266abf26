import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { ScreenForm } from '../form/ScreenForm.js';
import type { PasswordRules } from '../schemas.js';
import { commonMessages } from '../i18n/en/common.js';
import { sharedMessages } from '../i18n/en/shared.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { NewPasswordFields } from '../ui/NewPasswordFields.js';
import { TextField, type TextFieldClassNames } from '../ui/TextField.js';

/** The values of a "choose a password" form (see `newPasswordSchema`). */
export interface NewPasswordValues {
  password: string;
  confirmPassword: string;
  /** Only on forms that also ask for the email (an invitation accepted with `signInAfter`). */
  email?: string;
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

/** The whole "choose a password" form of an email-link page: server error, the fields, submit. */
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
    <ScreenForm
      form={form}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      pendingLabel={t['loading.saving']}
      classNames={classNames}
    >
      {withEmail ? (
        <TextField
          name="email"
          kind="email"
          label={t['label.email']}
          classNames={classNames?.fields}
        />
      ) : null}
      <NewPasswordFields rules={rules} classNames={classNames?.fields} />
    </ScreenForm>
  );
}

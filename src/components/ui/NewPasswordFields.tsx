import type { ReactNode } from 'react';
import { format } from '../i18n/format.js';
import { sharedMessages } from '../i18n/en/shared.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { DEFAULT_PASSWORD_MIN_LENGTH, type PasswordRules } from '../schemas.js';
import { TextField, type TextFieldClassNames } from './TextField.js';

export interface NewPasswordFieldsProps {
  rules?: PasswordRules;
  /** The first field's label; "New password" by default ("Password" on a sign-up). */
  label?: ReactNode;
  classNames?: TextFieldClassNames;
}

/**
 * "New password" (with the length hint) + "Confirm password", for the fields `password` and
 * `confirmPassword` of the surrounding `Form` (see `passwordsMatch`). Both are
 * `autoComplete="new-password"` so password managers offer to generate and save a password
 * instead of filling the old one.
 */
export function NewPasswordFields({ rules, label, classNames }: NewPasswordFieldsProps) {
  const t = useMessageSlice(sharedMessages);
  const min = rules?.minLength ?? DEFAULT_PASSWORD_MIN_LENGTH;
  return (
    <>
      <TextField
        name="password"
        kind="new-password"
        label={label ?? t['label.newPassword']}
        description={format(t['description.password'], { min })}
        classNames={classNames}
      />
      <TextField
        name="confirmPassword"
        kind="new-password"
        label={t['label.confirmPassword']}
        classNames={classNames}
      />
    </>
  );
}

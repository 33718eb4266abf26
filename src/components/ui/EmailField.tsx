import { commonMessages } from '../i18n/en/common.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { TextField, type TextFieldClassNames } from './TextField.js';

export interface EmailFieldProps {
  classNames?: TextFieldClassNames;
}

/**
 * The "Email" field the sign-in, sign-up, forgot-password and accept-invite screens ask first:
 * the field `email` of the surrounding `Form`, with the attributes password managers and mobile
 * keyboards rely on (`kind="email"`).
 */
export function EmailField({ classNames }: EmailFieldProps) {
  const t = useMessageSlice(commonMessages);
  return <TextField name="email" kind="email" label={t['label.email']} classNames={classNames} />;
}

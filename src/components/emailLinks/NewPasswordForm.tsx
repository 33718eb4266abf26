import type { ReactNode } from 'react';
import { ScreenForm } from '../form/ScreenForm.js';
import type { PasswordRules } from '../schemas.js';
import { commonMessages } from '../i18n/en/common.js';
import { sharedMessages } from '../i18n/en/shared.js';
import { uiMessages } from '../i18n/en/ui.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { NewPasswordFields } from '../ui/NewPasswordFields.js';
import { Spinner } from '../ui/Spinner.js';
import { EmailField } from '../ui/EmailField.js';
import type { TextFieldClassNames } from '../ui/TextField.js';
import type { NewPasswordLink } from './useNewPasswordLink.js';

/** The values of a "choose a password" form (see `newPasswordSchema`). */
export interface NewPasswordValues {
  password: string;
  confirmPassword: string;
  /** Only on forms that also ask for the email (an invitation accepted with `signInAfter`). */
  email?: string;
}

export interface NewPasswordFormProps {
  /** The page's flow, from `useNewPasswordLink`. */
  flow: Pick<NewPasswordLink, 'state' | 'showForm' | 'form' | 'submit'>;
  rules?: PasswordRules;
  /** The submit button's label ("Saving…" while pending). */
  submitLabel: ReactNode;
  /** Ask for the email before the passwords (to sign in with it afterwards). */
  withEmail?: boolean;
  classNames?: { form?: string; fields?: TextFieldClassNames; rootError?: string; submit?: string };
}

/**
 * The "choose a password" part of an email-link page: a spinner while the link is read, then the
 * form (server error, the fields, submit); nothing once the page shows an outcome instead.
 */
export function NewPasswordForm({
  flow: { state, showForm, form, submit },
  rules,
  submitLabel,
  withEmail = false,
  classNames,
}: NewPasswordFormProps) {
  const t = useMessageSlice(commonMessages, sharedMessages, uiMessages);
  if (state === 'loading') return <Spinner label={t['loading.default']} />;
  if (!showForm) return null;
  return (
    <ScreenForm
      form={form}
      onSubmit={submit}
      submitLabel={submitLabel}
      pendingLabel={t['loading.saving']}
      classNames={classNames}
    >
      {withEmail ? <EmailField classNames={classNames?.fields} /> : null}
      <NewPasswordFields rules={rules} classNames={classNames?.fields} />
    </ScreenForm>
  );
}

import { accountMessages } from './en/account';
import { commonMessages } from './en/common';
import { sharedMessages } from './en/shared';
import { dialogMessages } from './en/dialog';
import { emailLinkMessages } from './en/emailLinks';
import { authErrorMessages } from './en/errors';
import { forgotPasswordMessages } from './en/forgotPassword';
import { formFeedbackMessages } from './en/formFeedback';
import { oauthButtonMessages } from './en/oauthButtons';
import { oauthCallbackMessages } from './en/oauthCallback';
import { signedInMessages } from './en/signedIn';
import { signInMessages } from './en/signIn';
import { signUpMessages } from './en/signUp';
import { uiMessages } from './en/ui';
import { unshownMessages } from './en/unshown';
import type { AuthErrorCode } from '../../core/errors';

/**
 * The English table is the source of truth for which keys exist: every other locale
 * must `satisfies Messages`, so a key added here and forgotten elsewhere fails `tsc`.
 * Keys are flat (dotted names, not nested objects) so overrides are a shallow merge.
 * It is written as one slice per screen (`./en/*`): the prebuilt components import only their
 * slices, so a page does not ship the texts of screens it does not show; this module composes them.
 */
const table = {
  ...commonMessages,
  ...sharedMessages,
  ...uiMessages,
  ...formFeedbackMessages,
  ...authErrorMessages,
  ...signInMessages,
  ...signedInMessages,
  ...signUpMessages,
  ...oauthButtonMessages,
  ...oauthCallbackMessages,
  ...forgotPasswordMessages,
  ...emailLinkMessages,
  ...accountMessages,
  ...dialogMessages,
  ...unshownMessages,
} as const;

/** Every key of the prebuilt UI's message table. */
export type MessageKey = keyof typeof table;

/** A complete message table: one string per key. Locales declare `satisfies Messages`. */
export type Messages = { readonly [K in MessageKey]: string };

/** The key of the human message for an `AuthErrorCode`. */
export type ErrorMessageKey = `errors.${AuthErrorCode}`;

/**
 * English messages (the default locale).
 *
 * @example
 * <AuthRoot messages={{ ...en, 'button.signIn': 'Log in' }} />
 */
export const en: Messages = table;

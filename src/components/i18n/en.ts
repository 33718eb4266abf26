import { accountMessages } from './en/account.js';
import { commonMessages } from './en/common.js';
import { sharedMessages } from './en/shared.js';
import { dialogMessages } from './en/dialog.js';
import { emailLinkMessages } from './en/emailLinks.js';
import { authErrorMessages } from './en/errors.js';
import { forgotPasswordMessages } from './en/forgotPassword.js';
import { formFeedbackMessages } from './en/formFeedback.js';
import { oauthButtonMessages } from './en/oauthButtons.js';
import { oauthCallbackMessages } from './en/oauthCallback.js';
import { signedInMessages } from './en/signedIn.js';
import { signInMessages } from './en/signIn.js';
import { signUpMessages } from './en/signUp.js';
import { uiMessages } from './en/ui.js';
import { unshownMessages } from './en/unshown.js';
import type { AuthErrorCode } from '../../core/errors.js';

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

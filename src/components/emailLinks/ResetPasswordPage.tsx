/**
 * Accessible names (stable, from `en`): heading "Choose a new password"; fields "New password",
 * "Confirm password"; button "Reset password" ("Saving…" while pending); success link/button
 * "Sign in"; footer "Back to sign in"; dead ends "Request a new link", "Back to sign in".
 */
import type { AuthError } from '../../core/errors.js';
import { useVerifyPasswordReset } from '../../react/useVerifyPasswordReset.js';
import { commonMessages } from '../i18n/en/common.js';
import { sharedMessages } from '../i18n/en/shared.js';
import { emailLinkMessages } from '../i18n/en/emailLinks.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import type { PasswordRules } from '../schemas.js';
import type { CardFormClassNames } from '../ui/cardProps.js';
import { EmailLinkPage, type EmailLinkPageBaseProps } from './EmailLinkPage.js';
import type { LinkProblemClassNames } from './LinkProblem.js';
import { NavAction } from './NavAction.js';
import { NewPasswordForm } from './NewPasswordForm.js';
import { useEmailActionParams } from './useEmailActionParams.js';
import { useNewPasswordLink, type NewPasswordLinkState } from './useNewPasswordLink.js';

/** Where the page is: `loading` until the link was read, then the form, its outcome or a dead end. */
export type ResetPasswordPageState = NewPasswordLinkState;

/** Classes for each part of the page. */
export interface ResetPasswordPageClassNames extends CardFormClassNames {
  signIn?: string;
  linkProblem?: LinkProblemClassNames;
}

export interface ResetPasswordPageProps extends EmailLinkPageBaseProps<ResetPasswordPageClassNames> {
  /** The code, when the app reads it itself (wins over `url`). */
  oobCode?: string | null;
  /** Client-side rules for the new password; the API itself only requires 6 characters. */
  passwordRules?: PasswordRules;
  /** The forgot-password page, offered when the link is missing, used or expired. */
  requestNewLinkHref?: string;
  /** Remove `oobCode` & co. from the address bar after success. Default `true`. */
  cleanUrl?: boolean;
  onSuccess?: () => void;
  /** Every failed request, including the ones that lead to a dead end. */
  onError?: (error: AuthError) => void;
}

/**
 * The page a password-reset mail links to: choose a new password, then sign in. A missing,
 * used or expired code shows a dead end with "Request a new link" instead of a form that
 * can only fail. The user is not signed in afterwards (the API does not return a session).
 *
 * @example
 * <ResetPasswordPage signInHref="/sign-in" requestNewLinkHref="/forgot-password" passwordRules={{ minLength: 8 }} />
 */
export function ResetPasswordPage({
  passwordRules,
  onSuccess,
  ...pageProps
}: ResetPasswordPageProps) {
  const { url, oobCode: oobCodeProp, signInHref, onSignIn, classNames } = pageProps;
  const t = useMessageSlice(commonMessages, sharedMessages, emailLinkMessages);
  const link = useEmailActionParams({ page: 'reset-password', url, oobCode: oobCodeProp });
  const verify = useVerifyPasswordReset();
  const { oobCode } = link;
  const flow = useNewPasswordLink({
    page: 'reset-password',
    link,
    send: oobCode ? (newPassword) => verify.mutateAsync({ oobCode, newPassword }) : null,
    passwordRules,
    cleanUrl: pageProps.cleanUrl ?? true,
    onSuccess: () => onSuccess?.(),
    onError: pageProps.onError,
  });

  return (
    <EmailLinkPage
      page="reset-password"
      state={flow.state}
      heading={t['title.resetPassword']}
      description={flow.showForm ? t['description.resetPassword'] : undefined}
      footer={
        flow.showForm ? (
          <NavAction
            slot="reset-password-back"
            href={signInHref}
            onClick={onSignIn}
            className={classNames?.signIn}
          >
            {t['link.backToSignIn']}
          </NavAction>
        ) : undefined
      }
      linkEmail={link.email}
      successMessage={t['success.passwordReset']}
      next={{
        slot: 'reset-password-sign-in',
        href: signInHref,
        onClick: onSignIn,
        label: t['button.signIn'],
        className: classNames?.signIn,
      }}
      focusRef={flow.focusRef}
      {...pageProps}
    >
      <NewPasswordForm
        flow={flow}
        rules={passwordRules}
        submitLabel={t['button.resetPassword']}
        classNames={classNames}
      />
    </EmailLinkPage>
  );
}

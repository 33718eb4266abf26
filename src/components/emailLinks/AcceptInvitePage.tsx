/**
 * Accessible names (stable, from `en`): heading "Accept your invitation"; fields "New password",
 * "Confirm password"; button "Accept invite" ("Saving…" while pending); after success "Continue"
 * (signed in) or "Sign in"; dead ends "Request a new link", "Back to sign in".
 */
import { useAuthState } from '../../react/useAuthState.js';
import { useInviteAccept, type InviteAcceptResult } from '../../react/useInviteAccept.js';
import { commonMessages } from '../i18n/en/common.js';
import { emailLinkMessages } from '../i18n/en/emailLinks.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import type { PasswordRules } from '../schemas.js';
import type { CardFormClassNames } from '../ui/cardProps.js';
import { EmailLinkPage, type EmailLinkPageBaseProps } from './EmailLinkPage.js';
import type { LinkProblemClassNames } from './LinkProblem.js';
import { NewPasswordForm } from './NewPasswordForm.js';
import { useEmailActionParams } from './useEmailActionParams.js';
import { useNewPasswordLink, type NewPasswordLinkState } from './useNewPasswordLink.js';

export type AcceptInvitePageState = NewPasswordLinkState;

/** Classes for each part of the page. */
export interface AcceptInvitePageClassNames extends CardFormClassNames {
  continue?: string;
  linkProblem?: LinkProblemClassNames;
}

export interface AcceptInvitePageProps extends EmailLinkPageBaseProps<AcceptInvitePageClassNames> {
  /** Explicit code and uid, when the app reads them itself (win over `url`). */
  oobCode?: string | null;
  uid?: string | null;
  passwordRules?: PasswordRules;
  /**
   * Sign in with the new password right after accepting. Default `false`. The service's answer
   * does not say which email was invited, so the page asks for it (prefilled from an `email`
   * parameter of the link, when the app's invitation link adds one), unless `email` is given.
   */
  signInAfter?: boolean;
  /** Shown after success when signed in (`signInAfter`). */
  continueHref?: string;
  onContinue?: () => void;
  /** Shown after success when not signed in, and on dead ends. */
  signInHref?: string;
  /** Invitations are sent by someone else: usually a page explaining whom to ask. */
  requestNewLinkHref?: string;
  onSuccess?: (result: InviteAcceptResult) => void;
}

/**
 * The page an invitation mail links to: the invitee chooses a password (and is optionally
 * signed in). A missing, used or expired invitation shows a dead end with a way forward.
 *
 * @example
 * <AcceptInvitePage signInAfter continueHref="/app" signInHref="/sign-in" />
 */
export function AcceptInvitePage({
  uid: uidProp,
  passwordRules,
  signInAfter = false,
  continueHref,
  onContinue,
  onSuccess,
  ...pageProps
}: AcceptInvitePageProps) {
  const { url, oobCode: oobCodeProp, email, signInHref, onSignIn, classNames } = pageProps;
  const t = useMessageSlice(commonMessages, emailLinkMessages);
  const link = useEmailActionParams({
    page: 'accept-invite',
    url,
    oobCode: oobCodeProp,
    uid: uidProp,
  });
  const { status: authStatus } = useAuthState('AcceptInvitePage');
  const accept = useInviteAccept();
  const { oobCode, uid } = link;
  // `email` (the app knows the invitee) is used as is; otherwise the form asks, prefilled from
  // the link's `email` parameter.
  const askEmail = signInAfter && !email;
  const flow = useNewPasswordLink({
    page: 'accept-invite',
    link,
    send:
      oobCode && uid
        ? (newPassword, typedEmail) =>
            accept.mutateAsync({
              oobCode,
              uid,
              newPassword,
              signInAfter,
              email: email ?? typedEmail,
            })
        : null,
    askEmail: askEmail ? (link.email ?? '') : null,
    passwordRules,
    cleanUrl: pageProps.cleanUrl ?? true,
    onSuccess,
    onError: pageProps.onError,
  });
  // After a reload the result is gone; whether someone is signed in still tells which way on.
  const signedIn = flow.result ? flow.result.signIn : authStatus === 'signedIn';

  return (
    <EmailLinkPage
      page="accept-invite"
      state={flow.state}
      heading={t['title.acceptInvite']}
      description={flow.showForm ? t['description.acceptInvite'] : undefined}
      linkEmail={link.email}
      successMessage={t['success.inviteAccepted']}
      next={
        signedIn
          ? {
              slot: 'accept-invite-continue',
              href: continueHref,
              onClick: onContinue,
              label: t['button.continue'],
              className: classNames?.continue,
            }
          : {
              slot: 'accept-invite-sign-in',
              href: signInHref,
              onClick: onSignIn,
              label: t['button.signIn'],
              className: classNames?.continue,
            }
      }
      focusRef={flow.focusRef}
      {...pageProps}
    >
      <NewPasswordForm
        flow={flow}
        rules={passwordRules}
        submitLabel={t['button.acceptInvite']}
        withEmail={askEmail}
        classNames={classNames}
      />
    </EmailLinkPage>
  );
}

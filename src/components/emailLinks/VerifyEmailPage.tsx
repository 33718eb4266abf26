/**
 * Accessible names (stable, from `en`): heading "Verify your email"; progress status "Verifying…";
 * success "Your email is verified." with "Continue"; a failed request "Try again"; dead ends
 * "Request a new link", "Back to sign in".
 */
import { useEffect, useRef } from 'react';
import { useVerifyEmail } from '../../react/useVerifyEmail.js';
import { cx } from '../cx.js';
import { errorMessage } from '../i18n/errorMessage.js';
import { commonMessages } from '../i18n/en/common.js';
import { emailLinkMessages } from '../i18n/en/emailLinks.js';
import { authErrorMessages } from '../i18n/en/errors.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import type { AuthCardClassNames } from '../ui/AuthCard.js';
import { Button } from '../ui/Button.js';
import { Spinner } from '../ui/Spinner.js';
import { cleanAddressBar } from './cleanAddressBar.js';
import { rememberSuccess, wasSuccessRemembered } from './rememberedSuccess.js';
import { EmailLinkOutcome, EmailLinkPage, type EmailLinkPageBaseProps } from './EmailLinkPage.js';
import type { LinkProblemClassNames } from './LinkProblem.js';
import { linkProblemOf, type LinkProblemReason } from './linkProblemOf.js';
import { useEmailActionParams } from './useEmailActionParams.js';
import { useFocusOnChange } from './useFocusOnChange.js';

/** `error` is a failure that is not about the code (offline, server error): retrying can help. */
export type VerifyEmailPageState =
  'loading' | 'verifying' | 'success' | 'error' | LinkProblemReason;

/** Classes for each part of the page. */
export interface VerifyEmailPageClassNames {
  card?: string;
  cardParts?: AuthCardClassNames;
  progress?: string;
  success?: string;
  continue?: string;
  error?: string;
  retry?: string;
  linkProblem?: LinkProblemClassNames;
}

export interface VerifyEmailPageProps extends EmailLinkPageBaseProps<VerifyEmailPageClassNames> {
  uid?: string | null;
  continueHref?: string;
  onContinue?: () => void;
  /** Where the app lets a user ask for a new verification mail. */
  requestNewLinkHref?: string;
  onSuccess?: () => void;
}

/**
 * The page a verification mail links to. Verifies on mount, exactly once per code even under
 * StrictMode (a second request would find the code used and show a false dead end), shows
 * progress, then success. When the verified account is the signed-in one, `user.emailVerified`
 * turns true without a new sign-in.
 *
 * @example
 * <VerifyEmailPage continueHref="/app" requestNewLinkHref="/account" />
 */
export function VerifyEmailPage({
  uid: uidProp,
  continueHref,
  onContinue,
  onSuccess,
  ...pageProps
}: VerifyEmailPageProps) {
  const { url, oobCode: oobCodeProp, cleanUrl = true, onError, classNames } = pageProps;
  const t = useMessageSlice(commonMessages, emailLinkMessages, authErrorMessages);
  const params = useEmailActionParams({
    page: 'verify-email',
    url,
    oobCode: oobCodeProp,
    uid: uidProp,
  });
  const clean = cleanUrl && params.fromAddressBar;
  // Hook-level callbacks: react-query reads them when `mutate` runs, so they are the latest ones
  // without making the effect below depend on (and re-run for) new callback identities.
  const { mutate, status, error } = useVerifyEmail({
    onSuccess: () => {
      if (clean) cleanAddressBar();
      rememberSuccess('verify-email', verifiedCode.current);
      onSuccess?.();
    },
    onError: (failure) => onError?.(failure),
  });
  // The code already sent. A ref survives StrictMode's mount-unmount-mount of effects, so the
  // second run sees it and does nothing; a different code (new props) runs again.
  const started = useRef<string | null>(null);
  const verifiedCode = useRef<string | null>(null);

  const { oobCode, uid, remembered } = params;
  useEffect(() => {
    if (!oobCode || !uid || started.current === oobCode) return;
    // Read here, not from `remembered`: with explicit props that state arrives one render late,
    // and a replayed code would answer "already used" for a link that worked.
    if (wasSuccessRemembered('verify-email', oobCode, false)) return;
    started.current = oobCode;
    verifiedCode.current = oobCode;
    mutate({ oobCode, uid });
  }, [oobCode, uid, mutate]);

  const state: VerifyEmailPageState =
    params.status === 'reading'
      ? 'loading'
      : status === 'success' || remembered
        ? 'success'
        : !oobCode || !uid
          ? 'missing'
          : status === 'error'
            ? (linkProblemOf(error) ?? 'error')
            : 'verifying';
  const focusRef = useFocusOnChange<HTMLDivElement>(
    state === 'success' || state === 'error' || state === 'invalid' || state === 'expired'
      ? state
      : 'pending',
  );

  return (
    <EmailLinkPage
      page="verify-email"
      state={state}
      heading={t['title.verifyEmail']}
      linkEmail={params.email}
      successMessage={t['success.emailVerified']}
      next={{
        slot: 'verify-email-continue',
        href: continueHref,
        onClick: onContinue,
        label: t['button.continue'],
        className: classNames?.continue,
      }}
      focusRef={focusRef}
      {...pageProps}
    >
      {state === 'loading' || state === 'verifying' ? (
        <div role="status" data-slot="verify-email-progress" className={cx(classNames?.progress)}>
          <Spinner />
          <span>{t['loading.verifying']}</span>
        </div>
      ) : null}
      {state === 'error' ? (
        <EmailLinkOutcome
          ref={focusRef}
          slot="verify-email-error"
          variant="danger"
          message={errorMessage(error, t)}
          className={classNames?.error}
        >
          <Button
            data-slot="verify-email-retry"
            variant="secondary"
            className={classNames?.retry}
            onClick={() => {
              if (oobCode && uid) mutate({ oobCode, uid });
            }}
          >
            {t['button.tryAgain']}
          </Button>
        </EmailLinkOutcome>
      ) : null}
    </EmailLinkPage>
  );
}

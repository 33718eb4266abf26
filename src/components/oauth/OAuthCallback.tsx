/*
 * Accessible names: while exchanging, a status "Signing in…"; on `needsConfirmation` the
 * `AccountExists` screen; on errors a heading "We couldn't sign you in", the reason in a
 * `role="alert"`, and "Back to sign in" (link or button) as the way forward; a cancelled consent
 * is a heading "Sign-in cancelled", a `role="status"` notice, the provider buttons again and
 * "Back to sign in".
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { AuthError } from '../../core/errors.js';
import type { Session } from '../../core/index.js';
import { useLatestRef } from '../../react/useLatestRef.js';
import { useOAuthCallback, type UseOAuthCallbackOptions } from '../../react/useOAuthCallback.js';
import { cx } from '../cx.js';
import { errorMessage } from '../i18n/errorMessage.js';
import { commonMessages } from '../i18n/en/common.js';
import { sharedMessages } from '../i18n/en/shared.js';
import { oauthCallbackMessages } from '../i18n/en/oauthCallback.js';
import { authErrorMessages } from '../i18n/en/errors.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { AuthLink, type RenderLink } from '../signIn/AuthLink.js';
import { Alert } from '../ui/Alert.js';
import { AuthCard } from '../ui/AuthCard.js';
import { Spinner } from '../ui/Spinner.js';
import { AccountExists } from './AccountExists.js';
import { OAuthButtons, type OAuthOptions } from './OAuthButtons.js';

/** Classes for each part of `OAuthCallback`. */
export interface OAuthCallbackClassNames {
  root?: string;
  progress?: string;
  error?: string;
}

export interface OAuthCallbackProps extends Pick<
  UseOAuthCallbackOptions,
  'url' | 'enabled' | 'replaceUrl' | 'allowedCallbackOrigins' | 'popup'
> {
  /** Called once with the new session; navigate away here. */
  onSuccess?: (session: Session) => void;
  onError?: (error: AuthError) => void;
  /** The way back from a dead end or the account-exists screen. */
  signInHref?: string;
  onSignIn?: () => void;
  renderLink?: RenderLink;
  /**
   * `callBackUri`/`onRedirect` for the account-exists screen's provider buttons; with `providers`,
   * a cancelled consent offers those buttons again.
   */
  oauth?: Partial<OAuthOptions>;
  /** Shown after `signedIn` until the app navigates (default: the progress text). */
  children?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  className?: string;
  classNames?: OAuthCallbackClassNames;
}

/**
 * The page at your `callBackUri`: finishes the OAuth sign-in exactly once (StrictMode-safe),
 * then calls `onSuccess`; explains an existing account (`needConfirmation`) or a failed,
 * cancelled or forged answer with a way back. Inside a sign-in popup (`mode: 'popup'`) it hands the
 * answer to the opening tab and closes instead; `onSuccess` then fires in no window — the opener's
 * `OAuthButtons`/`useOAuth` reports the outcome.
 *
 * @example
 * <OAuthCallback signInHref="/sign-in" onSuccess={() => navigate('/')} />
 */
export function OAuthCallback({
  url,
  enabled,
  replaceUrl,
  allowedCallbackOrigins,
  popup,
  onSuccess,
  onError,
  signInHref,
  onSignIn,
  renderLink,
  oauth,
  children,
  headingLevel,
  className,
  classNames,
}: OAuthCallbackProps) {
  const t = useMessageSlice(
    commonMessages,
    sharedMessages,
    oauthCallbackMessages,
    authErrorMessages,
  );
  const { status, result, error } = useOAuthCallback({
    url,
    enabled,
    replaceUrl,
    allowedCallbackOrigins,
    popup,
  });

  // Callbacks in refs: an inline `onSuccess={() => …}` changes every render and must not re-fire.
  const handlers = useLatestRef({ onSuccess, onError });
  const reported = useRef<unknown>(null);
  useEffect(() => {
    const outcome = status === 'signedIn' ? result : status === 'error' ? error : null;
    if (!outcome || reported.current === outcome) return;
    reported.current = outcome;
    if (status === 'signedIn' && result?.status === 'signedIn')
      handlers.current.onSuccess?.(result.session);
    if (status === 'error' && error) handlers.current.onError?.(error);
  }, [status, result, error, handlers]);

  if (status === 'needsConfirmation' && result?.status === 'needsConfirmation') {
    return (
      <AccountExists
        email={result.email}
        signInMethods={result.signInMethods}
        signInHref={signInHref}
        onSignIn={onSignIn}
        renderLink={renderLink}
        // Not `providers`: this screen offers the existing account's own methods.
        oauth={oauth ? { callBackUri: oauth.callBackUri, onRedirect: oauth.onRedirect } : undefined}
        headingLevel={headingLevel}
        className={cx(classNames?.root, className)}
      />
    );
  }

  if (status === 'error' && error) {
    // Cancelling on the provider's page is a choice, not a failure: a neutral notice and the
    // provider buttons again (when `oauth.providers` is given), so trying again is one click.
    const cancelled = error.code === 'oauth_cancelled';
    return (
      <AuthCard
        data-slot="oauth-callback"
        data-state={cancelled ? 'cancelled' : 'error'}
        title={cancelled ? t['title.oauthCancelled'] : t['title.oauthError']}
        headingLevel={headingLevel}
        className={cx(classNames?.root, className)}
        footer={
          <AuthLink action="sign-in" href={signInHref} onClick={onSignIn} renderLink={renderLink}>
            {t['link.backToSignIn']}
          </AuthLink>
        }
      >
        <Alert
          variant={cancelled ? 'info' : 'danger'}
          data-code={error.code}
          className={cx(classNames?.error)}
        >
          {cancelled ? t['description.oauthCancelled'] : errorMessage(error, t)}
        </Alert>
        {cancelled && oauth?.providers && oauth.providers.length > 0 ? (
          <OAuthButtons
            providers={oauth.providers}
            callBackUri={oauth.callBackUri}
            onRedirect={oauth.onRedirect}
            mode={oauth.mode}
            onComplete={oauth.onComplete}
            onError={onError}
          />
        ) : null}
      </AuthCard>
    );
  }

  // `idle` on the first render too: the hook reads the URL in an effect, so server and client markup agree.
  const done = status === 'signedIn';
  return (
    <div
      data-slot="oauth-callback"
      data-state={done ? 'success' : 'submitting'}
      className={cx(classNames?.root, className)}
    >
      {done && children ? (
        children
      ) : (
        <p data-slot="oauth-callback-progress" role="status" className={cx(classNames?.progress)}>
          <Spinner />
          <span>{t['loading.signingIn']}</span>
        </p>
      )}
    </div>
  );
}

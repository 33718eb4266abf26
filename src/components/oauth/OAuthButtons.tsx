/*
 * Accessible names: one button per provider, "Continue with Google" / "Continue with GitHub" /
 * "Continue with Facebook" (messages `button.continueWith*`); the group is labelled "Sign in with".
 * While one starts, its name becomes "Redirecting…" and every button is disabled (in popup mode
 * until the popup's sign-in is over). Errors, and in popup mode an existing account
 * (`needConfirmation`), appear in a `role="alert"` region inside the group.
 */
import { useState, type ComponentPropsWithoutRef } from 'react';
import type { AuthError } from '../../core/errors.js';
import type { OAuthCallbackOutcome } from '../../core/index.js';
import { loadOAuthFlow } from '../../react/loadOAuthFlow.js';
import { openOAuthPopup } from '../../react/oauthPopupWindow.js';
import { useAuthAction } from '../../react/useAuthAction.js';
import { startOAuth, type OAuthMode, type StartOAuthResult } from '../../react/useOAuth.js';
import { cx } from '../cx.js';
import { reportAuthError } from '../form/reportAuthError.js';
import { errorMessage } from '../i18n/errorMessage.js';
import { format } from '../i18n/format.js';
import { formatSignInMethods } from '../i18n/formatSignInMethods.js';
import { commonMessages } from '../i18n/en/common.js';
import { oauthButtonMessages } from '../i18n/en/oauthButtons.js';
import { authErrorMessages } from '../i18n/en/errors.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { Alert } from '../ui/Alert.js';
import { Button } from '../ui/Button.js';
import { Spinner } from '../ui/Spinner.js';
import { LazyProviderMark } from './LazyProviderMark.js';
import { providerButtonLabel } from './providerButtonLabel.js';

/** Classes for each part of `OAuthButtons`. */
export interface OAuthButtonsClassNames {
  root?: string;
  button?: string;
  error?: string;
}

/** OAuth settings shared by every component that can start a provider sign-in. */
export interface OAuthOptions {
  /** Provider ids in display order, e.g. `['google.com', 'github.com']`. */
  providers: readonly string[];
  /** The page that renders `<OAuthCallback />`. Default: the current page without query and hash. */
  callBackUri?: string;
  /**
   * Called with the provider URL instead of navigating to it (custom navigation, popups, tests).
   * When omitted the browser leaves for the provider with `window.location.assign`.
   */
  onRedirect?: (authUri: string, result: StartOAuthResult) => void;
  /**
   * `popup` keeps this page and signs in through a popup (the `callBackUri` page, on this origin,
   * must render `<OAuthCallback />`). Default `redirect`. Ignored with `onRedirect`.
   */
  mode?: OAuthMode;
  /**
   * Popup mode: the sign-in is over. On `signedIn` the session is already stored (`useAuth` updates);
   * on `needsConfirmation` the group also says which method the existing account uses.
   */
  onComplete?: (outcome: OAuthCallbackOutcome) => void;
}

export interface OAuthButtonsProps
  extends OAuthOptions, Omit<ComponentPropsWithoutRef<'div'>, 'onError' | 'role'> {
  /** Called when the provider URL could not be obtained (the alert shows it too). */
  onError?: (error: AuthError) => void;
  /** Disables every button (e.g. while the surrounding form submits). */
  disabled?: boolean;
  classNames?: OAuthButtonsClassNames;
}

/**
 * One "Continue with …" button per provider. Clicking asks the API for the provider URL,
 * remembers the flow in this tab, then leaves for the provider (or hands the URL to `onRedirect`).
 *
 * @example
 * <OAuthButtons providers={['google.com', 'github.com']} callBackUri="/auth/callback" />
 */
export function OAuthButtons({
  providers,
  callBackUri,
  onRedirect,
  mode,
  onComplete,
  onError,
  disabled = false,
  className,
  classNames,
  ...props
}: OAuthButtonsProps) {
  const t = useMessageSlice(commonMessages, oauthButtonMessages, authErrorMessages);
  // What `useOAuth` runs, without react-query (see useAuthAction.ts).
  const oauth = useAuthAction('OAuthButtons', startOAuth);
  const popupMode = mode === 'popup' && !onRedirect;
  // Which button was pressed: only that one shows progress, the others are just disabled.
  const [pending, setPending] = useState<string | null>(null);
  const busy = pending !== null;

  async function start(providerId: string) {
    // Synchronously inside the click, before any `await`, or popup blockers refuse it.
    const popup = popupMode ? openOAuthPopup() : undefined;
    setPending(providerId);
    let result: StartOAuthResult;
    try {
      result = await reportAuthError(
        () => oauth.mutateAsync({ providerId, callBackUri, redirect: !onRedirect, popup }),
        onError,
      );
    } catch {
      // Reported to `onError`, and shown below from the mutation's error.
      setPending(null);
      return;
    }
    if (onRedirect) onRedirect(result.authUri, result);
    if (result.outcome) onComplete?.(result.outcome);
    if (onRedirect || result.outcome) setPending(null);
    // When navigating, stay busy: the page is about to unload and a second click would start a second flow.
  }

  // The flow code is loaded on intent, so it is usually there before the click. A failed load is
  // not lost: the click loads again and reports the error.
  const prefetch = () => void loadOAuthFlow().catch(() => undefined);

  if (providers.length === 0) return null;
  const state = busy ? 'submitting' : oauth.isError ? 'error' : 'idle';
  const outcome = oauth.data?.outcome;
  const exists =
    outcome?.status === 'needsConfirmation' && outcome.signInMethods.length > 0 ? outcome : null;
  return (
    <div
      data-slot="oauth-buttons"
      data-state={state}
      role="group"
      aria-label={t['label.signInWith']}
      className={cx(classNames?.root, className)}
      {...props}
    >
      {providers.map((providerId) => {
        const mine = pending === providerId;
        return (
          <Button
            key={providerId}
            variant="secondary"
            data-slot="oauth-button"
            data-provider={providerId}
            data-state={mine ? 'submitting' : 'idle'}
            className={cx(classNames?.button)}
            disabled={disabled || busy}
            aria-busy={mine || undefined}
            onClick={() => void start(providerId)}
            onPointerEnter={prefetch}
            onFocus={prefetch}
          >
            {mine ? (
              <>
                <Spinner />
                <span>{popupMode ? t['loading.signingIn'] : t['loading.redirecting']}</span>
              </>
            ) : (
              <>
                <LazyProviderMark providerId={providerId} />
                <span>{providerButtonLabel(providerId, t)}</span>
              </>
            )}
          </Button>
        );
      })}
      {/* Always mounted so the text is announced when it appears (a new live region often is not). */}
      <div
        data-slot="oauth-error"
        role="alert"
        aria-atomic="true"
        className={cx(classNames?.error)}
      >
        {oauth.error && !busy ? (
          // A closed popup or a cancelled consent is the user's choice: said neutrally, not as an error.
          <Alert variant={oauth.error.code === 'oauth_cancelled' ? 'info' : 'danger'} role="none">
            {errorMessage(oauth.error, t)}
          </Alert>
        ) : null}
        {exists && !busy ? (
          <Alert variant="info" role="none">
            {format(t['needConfirmation.description'], {
              email: exists.email,
              methods: formatSignInMethods(exists.signInMethods, t),
            })}
          </Alert>
        ) : null}
      </div>
    </div>
  );
}

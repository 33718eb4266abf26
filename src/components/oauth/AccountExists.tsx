/*
 * Accessible names: heading "You already have an account"; the provider buttons
 * "Continue with Google" etc. (for the account's OAuth methods); "Sign in with email and
 * password instead" (a link with `signInHref`, a button with `onSignIn`) when the account has a password.
 */
import type { ReactNode } from 'react';
import { useEmailProviders } from '../../react/useEmailProviders.js';
import { cx } from '../cx.js';
import { format } from '../i18n/format.js';
import { formatSignInMethods } from '../i18n/formatSignInMethods.js';
import { uiMessages } from '../i18n/en/ui.js';
import { oauthButtonMessages } from '../i18n/en/oauthButtons.js';
import { oauthCallbackMessages } from '../i18n/en/oauthCallback.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { AuthLink, type RenderLink } from '../signIn/AuthLink.js';
import { withEmail } from '../signIn/withEmail.js';
import { AuthCard, type AuthCardClassNames } from '../ui/AuthCard.js';
import { Spinner } from '../ui/Spinner.js';
import { OAuthButtons, type OAuthOptions } from './OAuthButtons.js';
import { oauthMethods } from './providerButtonLabel.js';

/** Classes for each part of `AccountExists`. */
export interface AccountExistsClassNames extends AuthCardClassNames {
  root?: string;
  oauth?: string;
  signIn?: string;
}

export interface AccountExistsProps {
  /** The email the provider returned, which already has an account. */
  email: string;
  /** The account's methods (`password`, `google.com`...). Looked up with `useEmailProviders` when omitted. */
  signInMethods?: readonly string[];
  /**
   * Where the email/password sign-in is (`?email=` is added, for the form's `defaultValues`); or
   * `onSignIn`, which receives the email, to switch screens without navigating.
   */
  signInHref?: string;
  onSignIn?: (email: string) => void;
  renderLink?: RenderLink;
  /** `callBackUri`/`onRedirect` for the provider buttons; `providers` defaults to the account's methods. */
  oauth?: Partial<OAuthOptions>;
  title?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  className?: string;
  classNames?: AccountExistsClassNames;
}

/**
 * The "an account already exists with a different sign-in method" screen (`needConfirmation`):
 * says which method(s) the account uses and offers exactly those, so the user is never stuck.
 *
 * @example
 * <AccountExists email="ada@example.com" signInMethods={['password']} signInHref="/sign-in" />
 */
export function AccountExists({
  email,
  signInMethods,
  signInHref,
  onSignIn,
  renderLink,
  oauth,
  title,
  headingLevel,
  className,
  classNames,
}: AccountExistsProps) {
  const t = useMessageSlice(uiMessages, oauthButtonMessages, oauthCallbackMessages);
  // Only asked when the caller did not already know (the callback outcome usually carries them).
  const lookup = useEmailProviders(email, { enabled: signInMethods === undefined });
  const methods = signInMethods ?? lookup.data?.signInMethods;
  const loading = methods === undefined && lookup.isLoading;
  const providers = oauth?.providers ?? oauthMethods(methods ?? []);
  // Unknown methods (lookup failed): offer the password sign-in, the one way that always exists.
  const offerPassword =
    methods === undefined || methods.length === 0 || methods.includes('password');
  const description =
    methods && methods.length > 0
      ? format(t['needConfirmation.description'], {
          email,
          methods: formatSignInMethods(methods, t),
        })
      : undefined;

  return (
    <AuthCard
      data-slot="account-exists"
      data-state={loading ? 'submitting' : 'idle'}
      title={title ?? t['title.needConfirmation']}
      description={description}
      headingLevel={headingLevel}
      className={cx(classNames?.root, className)}
      classNames={classNames}
    >
      {loading ? <Spinner label={t['loading.default']} /> : null}
      {!loading && providers.length > 0 ? (
        <OAuthButtons
          providers={providers}
          callBackUri={oauth?.callBackUri}
          onRedirect={oauth?.onRedirect}
          className={classNames?.oauth}
        />
      ) : null}
      {!loading && offerPassword ? (
        <div data-slot="account-exists-sign-in" className={cx(classNames?.signIn)}>
          <AuthLink
            action="sign-in"
            href={signInHref === undefined ? undefined : withEmail(signInHref, email)}
            onClick={onSignIn ? () => onSignIn(email) : undefined}
            renderLink={renderLink}
          >
            {t['button.signInWithPassword']}
          </AuthLink>
        </div>
      ) : null}
    </AuthCard>
  );
}

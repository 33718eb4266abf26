/**
 * Accessible names (stable, from `en`): heading "Account settings"; the email with "Verified" /
 * "Not verified"; the sections of `<UpdateEmailForm/>` ("Change your email"),
 * `<UpdatePasswordForm/>` ("Change your password", password users only) and the
 * `<DeleteAccountDialog/>` trigger "Delete account".
 */
import type { ComponentPropsWithoutRef } from 'react';
import type { AuthError } from '../../core/errors.js';
import { useAuthState } from '../../react/useAuthState.js';
import { cx } from '../cx.js';
import { format } from '../i18n/format.js';
import type { MessageKey, Messages } from '../i18n/en.js';
import { commonMessages } from '../i18n/en/common.js';
import { uiMessages } from '../i18n/en/ui.js';
import { accountMessages } from '../i18n/en/account.js';
import { oauthButtonMessages } from '../i18n/en/oauthButtons.js';
import { authErrorMessages } from '../i18n/en/errors.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import type { PasswordRules } from '../schemas.js';
import { AuthCard, type AuthCardClassNames } from '../ui/AuthCard.js';
import { Spinner } from '../ui/Spinner.js';
import { DeleteAccountDialog, type DeleteAccountDialogClassNames } from './DeleteAccountDialog.js';
import { UpdateEmailForm, type UpdateEmailFormClassNames } from './UpdateEmailForm.js';
import { UpdatePasswordForm, type UpdatePasswordFormClassNames } from './UpdatePasswordForm.js';

export type AccountSettingsState = 'loading' | 'signedIn' | 'signedOut';

/** Classes for each part, including the composed forms. */
export interface AccountSettingsClassNames {
  card?: string;
  cardParts?: AuthCardClassNames;
  profile?: string;
  email?: string;
  verified?: string;
  provider?: string;
  updateEmail?: UpdateEmailFormClassNames;
  updatePassword?: UpdatePasswordFormClassNames;
  deleteAccount?: DeleteAccountDialogClassNames;
  danger?: string;
}

export interface AccountSettingsProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'onError' | 'children'
> {
  passwordRules?: PasswordRules;
  onEmailUpdated?: (email: string) => void;
  onPasswordUpdated?: () => void;
  /** After the account was deleted and signed out (e.g. navigate to a goodbye page). */
  onAccountDeleted?: () => void;
  onError?: (error: AuthError) => void;
  /** Heading level of the page title; the sections use the next level. Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  classNames?: AccountSettingsClassNames;
}

// Known provider names come from the message table; others are shown as the provider id.
function providerName(provider: string, t: Partial<Messages>): string {
  const key = `method.${provider.replace(/\.com$/, '')}`;
  return (key in t && t[key as MessageKey]) || provider;
}

/**
 * The signed-in user's account page: email and verification status, change email, change
 * password (only for accounts that sign in with a password: an OAuth-only user has none to
 * enter as "current password") and delete the account. Renders nothing useful signed out:
 * guard it with `<RequireAuth>`.
 *
 * @example
 * <RequireAuth fallback={<SignInForm />}><AccountSettings onAccountDeleted={() => navigate('/')} /></RequireAuth>
 */
export function AccountSettings({
  passwordRules,
  onEmailUpdated,
  onPasswordUpdated,
  onAccountDeleted,
  onError,
  headingLevel = 2,
  className,
  classNames,
  ...props
}: AccountSettingsProps) {
  const t = useMessageSlice(
    commonMessages,
    uiMessages,
    accountMessages,
    authErrorMessages,
    oauthButtonMessages,
  );
  const { status, user } = useAuthState('AccountSettings');
  const state: AccountSettingsState =
    status === 'loading' ? 'loading' : user ? 'signedIn' : 'signedOut';
  const sectionLevel = (headingLevel + 1) as 2 | 3 | 4 | 5 | 6;
  const usesPassword = user?.signInProvider === 'password';

  return (
    <div data-slot="account-settings" data-state={state} className={cx(className)} {...props}>
      <AuthCard
        className={classNames?.card}
        classNames={classNames?.cardParts}
        headingLevel={headingLevel}
        title={t['title.accountSettings']}
      >
        {state === 'loading' ? <Spinner label={t['loading.default']} /> : null}
        {state === 'signedOut' ? (
          <p data-slot="account-settings-signed-out">{t['errors.not_signed_in']}</p>
        ) : null}
        {user ? (
          <>
            <dl data-slot="account-settings-profile" className={cx(classNames?.profile)}>
              <dt>{t['label.email']}</dt>
              <dd data-slot="account-settings-email" className={cx(classNames?.email)}>
                {user.email}{' '}
                <span
                  data-slot="account-settings-verified"
                  data-state={user.emailVerified ? 'verified' : 'unverified'}
                  className={cx(classNames?.verified)}
                >
                  ({user.emailVerified ? t['account.emailVerified'] : t['account.emailNotVerified']}
                  )
                </span>
              </dd>
            </dl>
            {usesPassword ? null : (
              <p data-slot="account-settings-provider" className={cx(classNames?.provider)}>
                {format(t['account.providerManaged'], {
                  method: providerName(user.signInProvider, t),
                })}
              </p>
            )}
            <UpdateEmailForm
              headingLevel={sectionLevel}
              classNames={classNames?.updateEmail}
              onSuccess={onEmailUpdated}
              onError={onError}
            />
            {usesPassword ? (
              <UpdatePasswordForm
                headingLevel={sectionLevel}
                passwordRules={passwordRules}
                classNames={classNames?.updatePassword}
                onSuccess={onPasswordUpdated}
                onError={onError}
              />
            ) : null}
            <div data-slot="account-settings-danger" className={cx(classNames?.danger)}>
              <DeleteAccountDialog
                classNames={classNames?.deleteAccount}
                onSuccess={onAccountDeleted}
                onError={onError}
              />
            </div>
          </>
        ) : null}
      </AuthCard>
    </div>
  );
}

/**
 * Accessible names (stable, from `en`): heading "Choose a new password"; fields "New password",
 * "Confirm password"; button "Reset password" ("Saving…" while pending); success link/button
 * "Sign in"; footer "Back to sign in"; dead ends "Request a new link", "Back to sign in".
 */
import { useState, type ComponentPropsWithoutRef } from 'react';
import { isAuthError, type AuthError } from '../../core/errors';
import { useVerifyPasswordReset } from '../../react/useVerifyPasswordReset';
import { cx } from '../cx';
import { Form } from '../form/Form';
import { FormRootError } from '../form/FormRootError';
import { SubmitButton } from '../form/SubmitButton';
import { useAuthForm } from '../form/useAuthForm';
import { useMessages } from '../i18n/useMessages';
import { newPasswordSchema, type PasswordRules } from '../schemas';
import { Alert } from '../ui/Alert';
import { AuthCard, type AuthCardClassNames } from '../ui/AuthCard';
import { Spinner } from '../ui/Spinner';
import type { TextFieldClassNames } from '../ui/TextField';
import { cleanAddressBar } from './cleanAddressBar';
import { LinkProblem, type LinkProblemClassNames } from './LinkProblem';
import { linkProblemOf, type LinkProblemReason } from './linkProblemOf';
import { NavAction } from './NavAction';
import { NewPasswordFields, type NewPasswordValues } from './NewPasswordFields';
import { useEmailActionParams } from './useEmailActionParams';
import { useFocusOnChange } from './useFocusOnChange';

/** Where the page is: `loading` until the link was read, then the form, its outcome or a dead end. */
export type ResetPasswordPageState = 'loading' | 'idle' | 'submitting' | 'success' | LinkProblemReason;

/** Classes for each part of the page. */
export interface ResetPasswordPageClassNames {
  card?: string;
  cardParts?: AuthCardClassNames;
  form?: string;
  fields?: TextFieldClassNames;
  rootError?: string;
  submit?: string;
  success?: string;
  signIn?: string;
  linkProblem?: LinkProblemClassNames;
}

export interface ResetPasswordPageProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onError' | 'children'> {
  /** The mailed link; defaults to the address bar (read after mount, so SSR-safe). */
  url?: string;
  /** The code, when the app reads it itself (wins over `url`). */
  oobCode?: string | null;
  /** Client-side rules for the new password; the API itself only requires 6 characters. */
  passwordRules?: PasswordRules;
  signInHref?: string;
  onSignIn?: () => void;
  /** The forgot-password page, offered when the link is missing, used or expired. */
  requestNewLinkHref?: string;
  onRequestNewLink?: () => void;
  /** Remove `oobCode` & co. from the address bar after success. Default `true`. */
  cleanUrl?: boolean;
  onSuccess?: () => void;
  /** Every failed request, including the ones that lead to a dead end. */
  onError?: (error: AuthError) => void;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classNames?: ResetPasswordPageClassNames;
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
  url,
  oobCode: oobCodeProp,
  passwordRules,
  signInHref,
  onSignIn,
  requestNewLinkHref,
  onRequestNewLink,
  cleanUrl = true,
  onSuccess,
  onError,
  headingLevel,
  className,
  classNames,
  ...props
}: ResetPasswordPageProps) {
  const t = useMessages();
  const params = useEmailActionParams({ url, oobCode: oobCodeProp });
  const verify = useVerifyPasswordReset();
  const [outcome, setOutcome] = useState<'success' | LinkProblemReason | null>(null);
  const form = useAuthForm<NewPasswordValues, NewPasswordValues>({
    schema: newPasswordSchema(passwordRules),
    defaultValues: { password: '', confirmPassword: '' },
  });
  const focusRef = useFocusOnChange<HTMLDivElement>(outcome ?? 'form');

  const submit = async ({ password }: NewPasswordValues) => {
    if (!params.oobCode) return;
    try {
      await verify.mutateAsync({ oobCode: params.oobCode, newPassword: password });
    } catch (error) {
      if (isAuthError(error)) onError?.(error);
      const reason = linkProblemOf(error);
      // A dead code cannot succeed on retry: replace the form instead of showing a field error.
      if (reason) return setOutcome(reason);
      throw error;
    }
    if (cleanUrl && oobCodeProp === undefined && url === undefined) cleanAddressBar();
    setOutcome('success');
    onSuccess?.();
  };

  const state: ResetPasswordPageState =
    params.status === 'reading'
      ? 'loading'
      : !params.oobCode
        ? 'missing'
        : (outcome ?? (form.formState.isSubmitting ? 'submitting' : 'idle'));
  const showForm = state === 'idle' || state === 'submitting';

  return (
    <div data-slot="reset-password-page" data-state={state} className={cx(className)} {...props}>
      <AuthCard
        className={classNames?.card}
        classNames={classNames?.cardParts}
        headingLevel={headingLevel}
        title={t['title.resetPassword']}
        description={showForm ? t['description.resetPassword'] : undefined}
        footer={
          showForm ? (
            <NavAction slot="reset-password-back" href={signInHref} onClick={onSignIn} className={classNames?.signIn}>
              {t['link.backToSignIn']}
            </NavAction>
          ) : undefined
        }
      >
        {state === 'loading' ? <Spinner label={t['loading.default']} /> : null}
        {state === 'missing' || state === 'invalid' || state === 'expired' ? (
          <LinkProblem
            ref={focusRef}
            reason={state}
            requestNewLinkHref={requestNewLinkHref}
            onRequestNewLink={onRequestNewLink}
            signInHref={signInHref}
            onSignIn={onSignIn}
            classNames={classNames?.linkProblem}
          />
        ) : null}
        {state === 'success' ? (
          <div ref={focusRef} tabIndex={-1} data-slot="reset-password-success" className={cx(classNames?.success)}>
            <Alert variant="success">{t['success.passwordReset']}</Alert>
            <NavAction slot="reset-password-sign-in" href={signInHref} onClick={onSignIn} variant="primary" className={classNames?.signIn}>
              {t['button.signIn']}
            </NavAction>
          </div>
        ) : null}
        {showForm ? (
          <Form form={form} onSubmit={submit} className={classNames?.form}>
            <FormRootError className={classNames?.rootError} />
            <NewPasswordFields control={form.control} rules={passwordRules} classNames={classNames?.fields} />
            <SubmitButton pendingLabel={t['loading.saving']} className={classNames?.submit}>
              {t['button.resetPassword']}
            </SubmitButton>
          </Form>
        ) : null}
      </AuthCard>
    </div>
  );
}

/**
 * Accessible names (stable, from `en`): heading "Accept your invitation"; fields "New password",
 * "Confirm password"; button "Accept invite" ("Saving…" while pending); after success "Continue"
 * (signed in) or "Sign in"; dead ends "Request a new link", "Back to sign in".
 */
import { useState, type ComponentPropsWithoutRef } from 'react';
import { isAuthError, type AuthError } from '../../core/errors';
import { useInviteAccept, type InviteAcceptResult } from '../../react/useInviteAccept';
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

export type AcceptInvitePageState = 'loading' | 'idle' | 'submitting' | 'success' | LinkProblemReason;

/** Classes for each part of the page. */
export interface AcceptInvitePageClassNames {
  card?: string;
  cardParts?: AuthCardClassNames;
  form?: string;
  fields?: TextFieldClassNames;
  rootError?: string;
  submit?: string;
  success?: string;
  continue?: string;
  linkProblem?: LinkProblemClassNames;
}

export interface AcceptInvitePageProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onError' | 'children'> {
  /** The mailed link; defaults to the address bar (read after mount, so SSR-safe). */
  url?: string;
  /** Explicit code and uid, when the app reads them itself (win over `url`). */
  oobCode?: string | null;
  uid?: string | null;
  passwordRules?: PasswordRules;
  /** Sign in with the new password right after accepting. Default `false`. */
  signInAfter?: boolean;
  /** Shown after success when signed in (`signInAfter`). */
  continueHref?: string;
  onContinue?: () => void;
  /** Shown after success when not signed in, and on dead ends. */
  signInHref?: string;
  onSignIn?: () => void;
  /** Invitations are sent by someone else: usually a page explaining whom to ask. */
  requestNewLinkHref?: string;
  onRequestNewLink?: () => void;
  /** Remove `oobCode`/`uid` from the address bar after success. Default `true`. */
  cleanUrl?: boolean;
  onSuccess?: (result: InviteAcceptResult) => void;
  onError?: (error: AuthError) => void;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classNames?: AcceptInvitePageClassNames;
}

/**
 * The page an invitation mail links to: the invitee chooses a password (and is optionally
 * signed in). A missing, used or expired invitation shows a dead end with a way forward.
 *
 * @example
 * <AcceptInvitePage signInAfter continueHref="/app" signInHref="/sign-in" />
 */
export function AcceptInvitePage({
  url,
  oobCode: oobCodeProp,
  uid: uidProp,
  passwordRules,
  signInAfter = false,
  continueHref,
  onContinue,
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
}: AcceptInvitePageProps) {
  const t = useMessages();
  const params = useEmailActionParams({ url, oobCode: oobCodeProp, uid: uidProp });
  const accept = useInviteAccept();
  const [outcome, setOutcome] = useState<LinkProblemReason | null>(null);
  const [result, setResult] = useState<InviteAcceptResult | null>(null);
  const form = useAuthForm<NewPasswordValues, NewPasswordValues>({
    schema: newPasswordSchema(passwordRules),
    defaultValues: { password: '', confirmPassword: '' },
  });
  const focusRef = useFocusOnChange<HTMLDivElement>(result ? 'success' : (outcome ?? 'form'));

  const submit = async ({ password }: NewPasswordValues) => {
    if (!params.oobCode || !params.uid) return;
    let accepted: InviteAcceptResult;
    try {
      accepted = await accept.mutateAsync({ oobCode: params.oobCode, uid: params.uid, newPassword: password, signInAfter });
    } catch (error) {
      if (isAuthError(error)) onError?.(error);
      const reason = linkProblemOf(error);
      if (reason) return setOutcome(reason);
      throw error;
    }
    if (cleanUrl && oobCodeProp === undefined && uidProp === undefined && url === undefined) cleanAddressBar();
    setResult(accepted);
    onSuccess?.(accepted);
  };

  const state: AcceptInvitePageState =
    params.status === 'reading'
      ? 'loading'
      : !params.oobCode || !params.uid
        ? 'missing'
        : result
          ? 'success'
          : (outcome ?? (form.formState.isSubmitting ? 'submitting' : 'idle'));
  const showForm = state === 'idle' || state === 'submitting';

  return (
    <div data-slot="accept-invite-page" data-state={state} className={cx(className)} {...props}>
      <AuthCard
        className={classNames?.card}
        classNames={classNames?.cardParts}
        headingLevel={headingLevel}
        title={t['title.acceptInvite']}
        description={showForm ? t['description.acceptInvite'] : undefined}
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
          <div ref={focusRef} tabIndex={-1} data-slot="accept-invite-success" className={cx(classNames?.success)}>
            <Alert variant="success">{t['success.inviteAccepted']}</Alert>
            {result?.signIn ? (
              <NavAction slot="accept-invite-continue" href={continueHref} onClick={onContinue} variant="primary" className={classNames?.continue}>
                {t['button.continue']}
              </NavAction>
            ) : (
              <NavAction slot="accept-invite-sign-in" href={signInHref} onClick={onSignIn} variant="primary" className={classNames?.continue}>
                {t['button.signIn']}
              </NavAction>
            )}
          </div>
        ) : null}
        {showForm ? (
          <Form form={form} onSubmit={submit} className={classNames?.form}>
            <FormRootError className={classNames?.rootError} />
            <NewPasswordFields control={form.control} rules={passwordRules} classNames={classNames?.fields} />
            <SubmitButton pendingLabel={t['loading.saving']} className={classNames?.submit}>
              {t['button.acceptInvite']}
            </SubmitButton>
          </Form>
        ) : null}
      </AuthCard>
    </div>
  );
}

/*
 * Accessible names (stable; tests and apps may rely on them):
 * - inputs "Email" (autocomplete `email`) and "Password" (autocomplete `current-password`);
 * - submit "Sign in" ("Signing in…" while pending, disabled); identifier-first step: "Continue";
 * - "Forgot password?" and "Create an account" (links with an href, buttons with a callback);
 * - OAuth: "Continue with Google" / "Continue with GitHub" / "Continue with Facebook";
 * - "Use a different email" (identifier-first, after the lookup).
 * Server errors: `invalid_password` and `email_not_found` on their field; `invalid_credentials`
 * (projects with email-enumeration protection) in the form's `role="alert"`, because the API does
 * not say which of the two is wrong; `user_disabled`, network and everything else in the alert too.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AuthError, Session } from '../../core/index.js';
import { useAuthState } from '../../react/useAuthState.js';
import { useAuthAction } from '../../react/useAuthAction.js';
import { lookupEmailProviders, retryNetworkTwice } from '../../react/useEmailProvidersLookup.js';
import { signIn as runSignIn } from '../../react/useSignIn.js';
import { cx } from '../cx.js';
import type { ServerErrorFieldMap } from '../form/applyServerError.js';
import { reportAuthError } from '../form/reportAuthError.js';
import { ScreenForm } from '../form/ScreenForm.js';
import { useAuthForm } from '../form/useAuthForm.js';
import { format } from '../i18n/format.js';
import { messageKey } from '../i18n/translate.js';
import { formatSignInMethods } from '../i18n/formatSignInMethods.js';
import { commonMessages } from '../i18n/en/common.js';
import { uiMessages } from '../i18n/en/ui.js';
import { signInMessages } from '../i18n/en/signIn.js';
import { oauthButtonMessages } from '../i18n/en/oauthButtons.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { OAuthButtons, type OAuthOptions } from '../oauth/OAuthButtons.js';
import { oauthMethods } from '../oauth/providerButtonLabel.js';
import { emailOnlySchema, signInSchema } from '../schemas.js';
import { Alert } from '../ui/Alert.js';
import { AuthCard } from '../ui/AuthCard.js';
import type { CardScreenFormClassNames } from '../ui/cardProps.js';
import { Button } from '../ui/Button.js';
import { EmailField } from '../ui/EmailField.js';
import { TextField } from '../ui/TextField.js';
import { AuthLink, type RenderLink } from './AuthLink.js';
import {
  SignedInNotice,
  useSignedInRedirect,
  type SignedInBehaviourProps,
} from './SignedInNotice.js';
import { useInvitationPending } from './useInvitationPending.js';

/** Classes for each part of `SignInForm`. */
export interface SignInFormClassNames extends CardScreenFormClassNames {
  oauth?: string;
  divider?: string;
  forgotPassword?: string;
  notice?: string;
}

/** Where the identifier-first flow is. `password` is also the only step of the classic form. */
type Step =
  | { kind: 'email' }
  | { kind: 'password' }
  | { kind: 'provider'; email: string; methods: string[] }
  | { kind: 'unregistered'; email: string };

export interface SignInFormProps extends SignedInBehaviourProps {
  /** Called with the new session (already stored) after a successful sign-in. */
  onSuccess?: (session: Session) => void;
  /** Called with every failed request (the form shows it as well). */
  onError?: (error: AuthError) => void;
  forgotPasswordHref?: string;
  onForgotPassword?: () => void;
  signUpHref?: string;
  onSignUp?: () => void;
  /** Renders links with your router instead of `<a>`. */
  renderLink?: RenderLink;
  /** OAuth providers shown above the form; none by default. */
  oauth?: OAuthOptions;
  /** Ask the email first, look up its sign-in methods, then ask the password or point to the provider. */
  identifierFirst?: boolean;
  /** Prefilled values, e.g. the email carried over from "You already have an account" (`?email=`). */
  defaultValues?: Partial<{ email: string; password: string }>;
  /** Overrides which field an error code is shown on (e.g. `{ invalid_credentials: 'password' }`). */
  serverErrorFields?: ServerErrorFieldMap;
  /** Card title; `null` omits the header (e.g. inside `AuthDialog`, which has its own title). */
  title?: ReactNode;
  description?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  className?: string;
  classNames?: SignInFormClassNames;
}

/**
 * Email/password sign-in with optional OAuth buttons and an identifier-first mode.
 *
 * @example
 * <SignInForm
 *   oauth={{ providers: ['google.com'], callBackUri: '/auth/callback' }}
 *   forgotPasswordHref="/forgot-password"
 *   signUpHref="/sign-up"
 *   redirectTo={safeNextPath ?? '/'}
 *   onRedirect={(to) => navigate(to, { replace: true })}
 * />
 */
export function SignInForm({
  onSuccess,
  onError,
  forgotPasswordHref,
  onForgotPassword,
  signUpHref,
  onSignUp,
  renderLink,
  oauth,
  identifierFirst = false,
  redirectTo,
  onRedirect,
  defaultValues,
  serverErrorFields,
  title,
  description,
  headingLevel,
  className,
  classNames,
}: SignInFormProps) {
  const t = useMessageSlice(commonMessages, uiMessages, signInMessages, oauthButtonMessages);
  // The email changed and the session could not follow (no password to sign in with): say why.
  const emailChanged = useAuthState('SignInForm').signOutReason === 'emailChanged';
  const [step, setStep] = useState<Step>(
    identifierFirst ? { kind: 'email' } : { kind: 'password' },
  );
  // The requests `useSignIn` and `useEmailProvidersLookup` make, without react-query (useAuthAction.ts).
  const signIn = useAuthAction('SignInForm', runSignIn);
  const invitationPending = useInvitationPending();
  const signedIn = useSignedInRedirect({ redirectTo, onRedirect });
  const form = useAuthForm({
    schema: signInSchema(),
    defaultValues: { email: defaultValues?.email ?? '', password: defaultValues?.password ?? '' },
  });
  const emailForm = useAuthForm({
    schema: emailOnlySchema(),
    defaultValues: { email: defaultValues?.email ?? '' },
  });
  // Identifier-first lookup, on "Continue" only (a request, not `useEmailProviders`, a query that
  // would run by itself as the email changes).
  const lookup = useAuthAction('SignInForm', lookupEmailProviders, { retry: retryNetworkTwice });

  // Steps that replace the form get focus on their message, so a screen reader reads what changed.
  const noticeRef = useRef<HTMLDivElement>(null);
  const stepKind = step.kind;
  const movedFrom = useRef(stepKind);
  useEffect(() => {
    if (movedFrom.current === stepKind) return;
    movedFrom.current = stepKind;
    if (stepKind === 'provider' || stepKind === 'unregistered') noticeRef.current?.focus();
    if (stepKind === 'password' && identifierFirst) form.setFocus('password');
    if (stepKind === 'email') emailForm.setFocus('email');
  }, [stepKind, identifierFirst, form, emailForm]);

  async function submitPassword(values: { email: string; password: string }) {
    let session: Session;
    try {
      session = (await reportAuthError(() => signIn.mutateAsync(values), onError)).session;
    } catch (error) {
      if (await invitationPending(error, values.email)) {
        // Not "disabled": the account waits for its invitation to be accepted.
        form.setError('root.server', {
          type: 'server',
          message: messageKey('notice.invitationPending', { email: values.email.trim() }),
        });
        return;
      }
      throw error; // Form maps it to a field or the alert.
    }
    onSuccess?.(session);
  }

  async function submitEmail(values: { email: string }) {
    // A failure throws on to the form, which shows it in the alert.
    const data = await reportAuthError(() => lookup.mutateAsync(values), onError);
    if (!data.registered) return setStep({ kind: 'unregistered', email: values.email });
    if (data.signInMethods.includes('password') || oauthMethods(data.signInMethods).length === 0) {
      form.setValue('email', values.email);
      return setStep({ kind: 'password' });
    }
    setStep({ kind: 'provider', email: values.email, methods: data.signInMethods });
  }

  const differentEmail = identifierFirst ? (
    <Button
      variant="link"
      data-action="use-different-email"
      onClick={() => setStep({ kind: 'email' })}
    >
      {t['button.useDifferentEmail']}
    </Button>
  ) : null;

  const active = step.kind === 'email' ? emailForm : form;
  const { isSubmitting, errors } = active.formState;
  const state = isSubmitting
    ? 'submitting'
    : signIn.isSuccess
      ? 'success'
      : Object.keys(errors).length > 0
        ? 'error'
        : 'idle';

  // Someone signed in before this form did (Back, reload, another tab): no second sign-in over it.
  if (signedIn && !signIn.isPending && !signIn.isSuccess) {
    return (
      <SignedInNotice
        slot="sign-in-form"
        title={title}
        redirectTo={redirectTo}
        onRedirect={onRedirect}
        headingLevel={headingLevel}
        className={cx(classNames?.root, className)}
        classNames={classNames}
      />
    );
  }

  const showOAuth =
    oauth && oauth.providers.length > 0 && (step.kind === 'email' || step.kind === 'password');

  return (
    <AuthCard
      data-slot="sign-in-form"
      data-state={state}
      data-step={step.kind}
      title={title === undefined ? t['title.signIn'] : title}
      description={description === undefined ? t['description.signIn'] : description}
      headingLevel={headingLevel}
      className={cx(classNames?.root, className)}
      classNames={classNames}
      footer={
        // The unregistered step offers the sign-up itself; a second identical link would be noise.
        (signUpHref !== undefined || onSignUp) && step.kind !== 'unregistered' ? (
          <AuthLink action="sign-up" href={signUpHref} onClick={onSignUp} renderLink={renderLink}>
            {t['link.createAccount']}
          </AuthLink>
        ) : undefined
      }
    >
      {emailChanged ? <Alert variant="info">{t['notice.emailChanged']}</Alert> : null}
      {showOAuth ? (
        <>
          <OAuthButtons
            {...oauth}
            onError={onError}
            disabled={isSubmitting}
            className={classNames?.oauth}
          />
          <p data-slot="sign-in-divider" className={cx(classNames?.divider)}>
            {t['divider.or']}
          </p>
        </>
      ) : null}

      {step.kind === 'email' ? (
        <ScreenForm
          form={emailForm}
          onSubmit={submitEmail}
          serverErrorFields={serverErrorFields}
          submitLabel={t['button.continue']}
          pendingLabel={t['loading.default']}
          classNames={classNames}
        >
          <EmailField classNames={classNames?.field} />
        </ScreenForm>
      ) : null}

      {step.kind === 'password' ? (
        <ScreenForm
          form={form}
          onSubmit={submitPassword}
          serverErrorFields={serverErrorFields}
          submitLabel={t['button.signIn']}
          pendingLabel={t['loading.signingIn']}
          classNames={classNames}
          afterSubmit={differentEmail}
        >
          <EmailField classNames={classNames?.field} />
          <TextField
            control={form.control}
            name="password"
            kind="current-password"
            label={t['label.password']}
            classNames={classNames?.field}
          />
          {forgotPasswordHref !== undefined || onForgotPassword ? (
            <div data-slot="sign-in-forgot-password" className={cx(classNames?.forgotPassword)}>
              <AuthLink
                action="forgot-password"
                href={forgotPasswordHref}
                onClick={onForgotPassword}
                renderLink={renderLink}
              >
                {t['link.forgotPassword']}
              </AuthLink>
            </div>
          ) : null}
        </ScreenForm>
      ) : null}

      {step.kind === 'provider' ? (
        <div data-slot="sign-in-notice" data-step="provider" className={cx(classNames?.notice)}>
          <div ref={noticeRef} tabIndex={-1} data-slot="sign-in-notice-message">
            <Alert variant="info">
              {format(t['identifierFirst.useProvider'], {
                email: step.email,
                methods: formatSignInMethods(step.methods, t),
              })}
            </Alert>
          </div>
          <OAuthButtons
            providers={oauthMethods(step.methods)}
            callBackUri={oauth?.callBackUri}
            onRedirect={oauth?.onRedirect}
            onError={onError}
            className={classNames?.oauth}
          />
          {differentEmail}
        </div>
      ) : null}

      {step.kind === 'unregistered' ? (
        <div data-slot="sign-in-notice" data-step="unregistered" className={cx(classNames?.notice)}>
          <div ref={noticeRef} tabIndex={-1} data-slot="sign-in-notice-message">
            <Alert variant="info">
              {format(t['identifierFirst.notRegistered'], { email: step.email })}
            </Alert>
          </div>
          <AuthLink action="sign-up" href={signUpHref} onClick={onSignUp} renderLink={renderLink}>
            {t['link.createAccount']}
          </AuthLink>
          {differentEmail}
        </div>
      ) : null}
    </AuthCard>
  );
}

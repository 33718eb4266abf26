/*
 * Accessible names (stable): inputs "Email" (autocomplete `email`), "Password" and
 * "Confirm password" (autocomplete `new-password`, so password managers offer to generate one);
 * submit "Sign up" ("Creating account…" while pending); "Already have an account? Sign in"
 * (link or button); OAuth "Continue with Google"… After success: heading "Check your inbox".
 * Server errors: `email_exists` on Email, `weak_password` on Password, the rest in the `role="alert"`.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import * as z from 'zod/mini';
import type { AuthError, Session } from '../../core/index.js';
import { useSignOut } from '../../react/useSignOut.js';
import { useSignUp } from '../../react/useSignUp.js';
import { cx } from '../cx.js';
import type { ServerErrorFieldMap } from '../form/applyServerError.js';
import { reportAuthError } from '../form/reportAuthError.js';
import { ScreenForm } from '../form/ScreenForm.js';
import { useAuthForm } from '../form/useAuthForm.js';
import { format } from '../i18n/format.js';
import { messageKey } from '../i18n/translate.js';
import { commonMessages } from '../i18n/en/common.js';
import { sharedMessages } from '../i18n/en/shared.js';
import { signUpMessages } from '../i18n/en/signUp.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { OAuthButtons, type OAuthOptions } from '../oauth/OAuthButtons.js';
import {
  emailSchema,
  passwordSchema,
  confirmPasswordSchema,
  passwordsMatch,
  type PasswordRules,
} from '../schemas.js';
import { AuthLink, type RenderLink } from '../signIn/AuthLink.js';
import {
  SignedInNotice,
  useSignedInRedirect,
  type SignedInBehaviourProps,
} from '../signIn/SignedInNotice.js';
import { useInvitationPending } from '../signIn/useInvitationPending.js';
import { NavAction } from '../emailLinks/NavAction.js';
import { Button } from '../ui/Button.js';
import { Alert } from '../ui/Alert.js';
import { AuthCard } from '../ui/AuthCard.js';
import type { CardScreenFormClassNames } from '../ui/cardProps.js';
import { NewPasswordFields } from '../ui/NewPasswordFields.js';
import { EmailField } from '../ui/EmailField.js';

/** Classes for each part of `SignUpForm`. */
export interface SignUpFormClassNames extends CardScreenFormClassNames {
  oauth?: string;
  divider?: string;
  success?: string;
}

export interface SignUpFormProps extends SignedInBehaviourProps {
  /** Called with the new account's session (the API signs it in at once). */
  onSuccess?: (session: Session) => void;
  onError?: (error: AuthError) => void;
  /** Client-side rules for the new password (the API itself only requires 6 characters). */
  passwordRules?: PasswordRules;
  /** Show the "check your inbox" screen after success. Default `true`; set `false` if `onSuccess` navigates. */
  showVerificationNotice?: boolean;
  signInHref?: string;
  onSignIn?: () => void;
  renderLink?: RenderLink;
  oauth?: OAuthOptions;
  defaultValues?: Partial<{ email: string }>;
  serverErrorFields?: ServerErrorFieldMap;
  /** Card title; `null` omits the header (e.g. inside `AuthDialog`). */
  title?: ReactNode;
  description?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  className?: string;
  classNames?: SignUpFormClassNames;
}

function signUpFormSchema(rules: PasswordRules | undefined) {
  return z
    .object({
      email: emailSchema(),
      password: passwordSchema(rules),
      confirmPassword: confirmPasswordSchema(),
    })
    .check(passwordsMatch());
}

/**
 * Creates an email/password account, then tells the user to verify the address (the API mails
 * a verification link) or hands the session to `onSuccess`.
 *
 * @example
 * <SignUpForm passwordRules={{ minLength: 8, requireNumber: true }} signInHref="/sign-in" />
 */
export function SignUpForm({
  onSuccess,
  onError,
  passwordRules,
  showVerificationNotice = true,
  redirectTo,
  onRedirect,
  signInHref,
  onSignIn,
  renderLink,
  oauth,
  defaultValues,
  serverErrorFields,
  title,
  description,
  headingLevel,
  className,
  classNames,
}: SignUpFormProps) {
  const t = useMessageSlice(commonMessages, sharedMessages, signUpMessages);
  const signUp = useSignUp();
  const invitationPending = useInvitationPending();
  // Keyed by content: an inline `passwordRules={{ … }}` must not rebuild the resolver every render.
  const rulesKey = JSON.stringify(passwordRules ?? {});
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const schema = useMemo(() => signUpFormSchema(passwordRules), [rulesKey]);
  const form = useAuthForm({
    schema,
    defaultValues: { email: defaultValues?.email ?? '', password: '', confirmPassword: '' },
  });
  const [signedUpEmail, setSignedUpEmail] = useState<string | null>(null);
  // Our own sign-up signs the new account in: "check your inbox" comes first, the way on after.
  const ownSignUp = signUp.isPending || signUp.isSuccess;
  const signedIn = useSignedInRedirect({
    redirectTo,
    onRedirect,
    hold: ownSignUp && showVerificationNotice,
  });
  const signOut = useSignOut();
  const successRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The form is replaced: move focus to the message so it is read and focus is not lost on <body>.
    if (signedUpEmail) successRef.current?.focus();
  }, [signedUpEmail]);

  async function submit({ email, password }: { email: string; password: string }) {
    let session: Session;
    try {
      session = (await reportAuthError(() => signUp.mutateAsync({ email, password }), onError))
        .session;
    } catch (error) {
      if (await invitationPending(error, email)) {
        // The address was invited: accepting the invitation is the way in, not a second account.
        form.setError(
          'email',
          {
            type: 'server',
            message: messageKey('notice.invitationPending', { email: email.trim() }),
          },
          { shouldFocus: true },
        );
        return;
      }
      throw error;
    }
    if (showVerificationNotice) setSignedUpEmail(email);
    onSuccess?.(session);
  }

  const signInLink =
    signInHref !== undefined || onSignIn ? (
      <AuthLink action="sign-in" href={signInHref} onClick={onSignIn} renderLink={renderLink}>
        {t['link.haveAccount']}
      </AuthLink>
    ) : undefined;

  if (signedUpEmail) {
    return (
      <AuthCard
        data-slot="sign-up-form"
        data-state="success"
        title={title === null ? null : t['title.checkInbox']}
        headingLevel={headingLevel}
        className={cx(classNames?.root, className)}
        classNames={classNames}
      >
        <div
          ref={successRef}
          tabIndex={-1}
          data-slot="sign-up-success"
          className={cx(classNames?.success)}
        >
          <Alert variant="success">
            {format(t['success.verificationSent'], { email: signedUpEmail })}
          </Alert>
        </div>
        {/* The next step: on into the app (the account is signed in), or start over with another address. */}
        <div data-dar-part="outcome" data-slot="sign-up-next">
          <NavAction
            slot="sign-up-continue"
            href={redirectTo}
            onClick={
              redirectTo !== undefined && onRedirect ? () => onRedirect(redirectTo) : undefined
            }
            variant="primary"
          >
            {t['button.continue']}
          </NavAction>
          <Button
            data-slot="sign-up-use-another-email"
            variant="link"
            onClick={() => {
              signOut();
              signUp.reset();
              form.reset({ email: '', password: '', confirmPassword: '' });
              setSignedUpEmail(null);
            }}
          >
            {t['button.useDifferentEmail']}
          </Button>
        </div>
      </AuthCard>
    );
  }

  if (signedIn && !ownSignUp) {
    return (
      <SignedInNotice
        slot="sign-up-form"
        title={title}
        redirectTo={redirectTo}
        onRedirect={onRedirect}
        headingLevel={headingLevel}
        className={cx(classNames?.root, className)}
        classNames={classNames}
      />
    );
  }

  const { isSubmitting, errors } = form.formState;
  const state = isSubmitting ? 'submitting' : Object.keys(errors).length > 0 ? 'error' : 'idle';

  return (
    <AuthCard
      data-slot="sign-up-form"
      data-state={state}
      title={title === undefined ? t['title.signUp'] : title}
      description={description === undefined ? t['description.signUp'] : description}
      headingLevel={headingLevel}
      className={cx(classNames?.root, className)}
      classNames={classNames}
      footer={signInLink}
    >
      {oauth && oauth.providers.length > 0 ? (
        <>
          <OAuthButtons
            {...oauth}
            onError={onError}
            disabled={isSubmitting}
            className={classNames?.oauth}
          />
          <p data-slot="sign-up-divider" className={cx(classNames?.divider)}>
            {t['divider.or']}
          </p>
        </>
      ) : null}
      <ScreenForm
        form={form}
        onSubmit={submit}
        serverErrorFields={serverErrorFields}
        submitLabel={t['button.signUp']}
        pendingLabel={t['loading.signingUp']}
        classNames={classNames}
      >
        <EmailField classNames={classNames?.field} />
        <NewPasswordFields
          rules={passwordRules}
          label={t['label.password']}
          classNames={classNames?.field}
        />
      </ScreenForm>
    </AuthCard>
  );
}

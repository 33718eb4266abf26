/*
 * Accessible names (stable): input "Email" (autocomplete `email`); submit "Send reset link"
 * ("Sending…" while pending); "Back to sign in" (link or button). After submit the same
 * `role="status"` text for every address: "If an account exists for {email}, we sent a link…".
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isAuthError, type AuthError, type AuthErrorCode } from '../../core/errors.js';
import { usePasswordReset } from '../../react/usePasswordReset.js';
import { cx } from '../cx.js';
import { reportAuthError } from '../form/reportAuthError.js';
import { ScreenForm } from '../form/ScreenForm.js';
import { useAuthForm } from '../form/useAuthForm.js';
import { format } from '../i18n/format.js';
import { commonMessages } from '../i18n/en/common.js';
import { sharedMessages } from '../i18n/en/shared.js';
import { forgotPasswordMessages } from '../i18n/en/forgotPassword.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { emailOnlySchema } from '../schemas.js';
import { AuthLink, type RenderLink } from '../signIn/AuthLink.js';
import { Alert } from '../ui/Alert.js';
import { AuthCard } from '../ui/AuthCard.js';
import type { CardScreenFormClassNames } from '../ui/cardProps.js';
import { EmailField } from '../ui/EmailField.js';

/** Answers that only say the address has no account: shown exactly like a sent link. */
const NO_SUCH_ACCOUNT: ReadonlySet<AuthErrorCode> = new Set(['email_not_found', 'user_not_found']);

/** Classes for each part of `ForgotPasswordForm`. */
export interface ForgotPasswordFormClassNames extends CardScreenFormClassNames {
  success?: string;
}

export interface ForgotPasswordFormProps {
  /** Called after the request, with the address, whether or not it has an account. */
  onSuccess?: (email: string) => void;
  /** Called for real failures (network, rate limit); never for an unknown email (`user_not_found`, `email_not_found`). */
  onError?: (error: AuthError) => void;
  signInHref?: string;
  onSignIn?: () => void;
  renderLink?: RenderLink;
  defaultValues?: Partial<{ email: string }>;
  /** Card title; `null` omits the header. */
  title?: ReactNode;
  description?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  className?: string;
  classNames?: ForgotPasswordFormClassNames;
}

/**
 * Asks for an email and sends a password-reset link. The answer is the same for every address,
 * so the form never reveals whether an account exists (`user_not_found` and `email_not_found` count as sent).
 *
 * @example
 * <ForgotPasswordForm signInHref="/sign-in" />
 */
export function ForgotPasswordForm({
  onSuccess,
  onError,
  signInHref,
  onSignIn,
  renderLink,
  defaultValues,
  title,
  description,
  headingLevel,
  className,
  classNames,
}: ForgotPasswordFormProps) {
  const t = useMessageSlice(commonMessages, sharedMessages, forgotPasswordMessages);
  const reset = usePasswordReset();
  const form = useAuthForm({
    schema: emailOnlySchema(),
    defaultValues: { email: defaultValues?.email ?? '' },
  });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const successRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sentTo) successRef.current?.focus();
  }, [sentTo]);

  async function submit(values: { email: string }) {
    const sendOrPretend = () =>
      reset.mutateAsync(values).catch((error: unknown) => {
        // Answering "no such account" differently would let anyone probe which emails are registered.
        // The hosted service answers an unknown email with a 422 that maps to `user_not_found`.
        if (!(isAuthError(error) && NO_SUCH_ACCOUNT.has(error.code))) throw error;
      });
    await reportAuthError(sendOrPretend, onError);
    setSentTo(values.email);
    onSuccess?.(values.email);
  }

  const back =
    signInHref !== undefined || onSignIn ? (
      <AuthLink action="sign-in" href={signInHref} onClick={onSignIn} renderLink={renderLink}>
        {t['link.backToSignIn']}
      </AuthLink>
    ) : undefined;
  const { isSubmitting, errors } = form.formState;
  const state = sentTo
    ? 'success'
    : isSubmitting
      ? 'submitting'
      : Object.keys(errors).length > 0
        ? 'error'
        : 'idle';

  return (
    <AuthCard
      data-slot="forgot-password-form"
      data-state={state}
      title={title === undefined ? t['title.forgotPassword'] : title}
      description={
        sentTo
          ? undefined
          : description === undefined
            ? t['description.forgotPassword']
            : description
      }
      headingLevel={headingLevel}
      className={cx(classNames?.root, className)}
      classNames={classNames}
      footer={back}
    >
      {sentTo ? (
        <div
          ref={successRef}
          tabIndex={-1}
          data-slot="forgot-password-success"
          className={cx(classNames?.success)}
        >
          <Alert variant="success">{format(t['success.resetLinkSent'], { email: sentTo })}</Alert>
        </div>
      ) : (
        <ScreenForm
          form={form}
          onSubmit={submit}
          submitLabel={t['button.sendResetLink']}
          pendingLabel={t['loading.sending']}
          classNames={classNames}
        >
          <EmailField classNames={classNames?.field} />
        </ScreenForm>
      )}
    </AuthCard>
  );
}

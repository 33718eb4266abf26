import { useEffect, useState, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { AuthError } from '../../core/errors.js';
import { reportAuthError } from '../form/reportAuthError.js';
import { useAuthForm } from '../form/useAuthForm.js';
import * as z from 'zod/mini';
import {
  confirmPasswordSchema,
  emailSchema,
  newPasswordSchema,
  passwordSchema,
  passwordsMatch,
  type PasswordRules,
} from '../schemas.js';
import { cleanAddressBar } from './cleanAddressBar.js';
import { rememberSuccess } from './rememberedSuccess.js';
import { linkProblemOf, type LinkProblemReason } from './linkProblemOf.js';
import type { NewPasswordValues } from './NewPasswordForm.js';
import type { EmailActionParamsState } from './useEmailActionParams.js';
import { useFocusOnChange } from './useFocusOnChange.js';

/** Where a choose-a-new-password page is: `loading` until the link was read, then the form, its outcome or a dead end. */
export type NewPasswordLinkState =
  'loading' | 'idle' | 'submitting' | 'success' | LinkProblemReason;

export interface UseNewPasswordLinkOptions<Result> {
  /** The page's name (`reset-password`…), under which the success is remembered in this tab. */
  page: string;
  link: EmailActionParamsState;
  /** Sends the new password; `null` when the link lacks what the request needs (a `missing` dead end). */
  send: ((newPassword: string, email: string) => Promise<Result>) | null;
  /** Ask for the email too, prefilled with this value once known (`null`: do not ask). */
  askEmail?: string | null;
  passwordRules?: PasswordRules;
  /** Remove the code from the address bar after success (when it was read from there). */
  cleanUrl: boolean;
  onSuccess?: (result: Result) => void;
  onError?: (error: AuthError) => void;
}

/**
 * The flow of a page where a mailed link lets the user choose a password (reset, invitation):
 * the form, its submit, and the page state. A used or expired code replaces the form with a
 * dead end instead of a field error, since a retry cannot succeed.
 */
/** What `useNewPasswordLink` returns. */
export interface NewPasswordLink<Result = unknown> {
  state: NewPasswordLinkState;
  /** The form is shown (`idle` or `submitting`). */
  showForm: boolean;
  form: UseFormReturn<NewPasswordValues, unknown, NewPasswordValues>;
  submit: (values: NewPasswordValues) => Promise<void>;
  /** The request's answer, once it succeeded in this page's life. */
  result: Result | undefined;
  focusRef: RefObject<HTMLDivElement | null>;
}

export function useNewPasswordLink<Result>({
  page,
  link,
  send,
  passwordRules,
  askEmail = null,
  cleanUrl,
  onSuccess,
  onError,
}: UseNewPasswordLinkOptions<Result>): NewPasswordLink<Result> {
  const [outcome, setOutcome] = useState<LinkProblemReason | null>(null);
  // Boxed: a request may resolve to nothing (a reset), which is a success all the same.
  const [result, setResult] = useState<{ value: Result } | null>(null);
  const form = useAuthForm<NewPasswordValues, NewPasswordValues>({
    schema:
      askEmail === null
        ? newPasswordSchema(passwordRules)
        : z
            .object({
              email: emailSchema(),
              password: passwordSchema(passwordRules),
              confirmPassword: confirmPasswordSchema(),
            })
            .check(passwordsMatch()),
    defaultValues: {
      password: '',
      confirmPassword: '',
      ...(askEmail === null ? {} : { email: askEmail }),
    },
  });
  // The prefill may arrive after the first render (read from the address bar after mount); it
  // never overwrites what the user typed.
  const { getValues, setValue } = form;
  useEffect(() => {
    if (askEmail && !getValues('email')) setValue('email', askEmail);
  }, [askEmail, getValues, setValue]);
  const focusRef = useFocusOnChange<HTMLDivElement>(result ? 'success' : (outcome ?? 'form'));

  const submit = async ({ password, email }: NewPasswordValues) => {
    if (!send) return;
    let value: Result;
    try {
      value = await reportAuthError(() => send(password, email?.trim() ?? ''), onError);
    } catch (error) {
      const reason = linkProblemOf(error);
      if (reason) return setOutcome(reason);
      throw error;
    }
    if (cleanUrl && link.fromAddressBar) cleanAddressBar();
    rememberSuccess(page, link.oobCode);
    setResult({ value });
    onSuccess?.(value);
  };

  const state: NewPasswordLinkState =
    link.status === 'reading'
      ? 'loading'
      : result || link.remembered
        ? 'success'
        : !send
          ? 'missing'
          : (outcome ?? (form.formState.isSubmitting ? 'submitting' : 'idle'));
  return {
    state,
    showForm: state === 'idle' || state === 'submitting',
    form,
    submit,
    result: result?.value,
    focusRef,
  };
}

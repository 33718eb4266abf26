/**
 * Validation for the prebuilt forms, in zod/mini (~5 kB; full zod would be ~90 kB).
 * Messages are i18n keys built with `messageKey`, translated by `FormMessage` at render,
 * because a schema is created once and the locale can change afterwards.
 */
import * as z from 'zod/mini';
import { messageKey } from './i18n/translate.js';

/** The API answers WEAK_PASSWORD below 6 characters, so that is the default minimum. */
export const DEFAULT_PASSWORD_MIN_LENGTH = 6;

/** Client-side password rules. Only `minLength` is enforced by the API; the rest are app policy. */
export interface PasswordRules {
  minLength?: number;
  requireUppercase?: boolean;
  requireNumber?: boolean;
  requireSymbol?: boolean;
}

/**
 * zod's `regexes.email` (its default, "practical" email pattern), copied: reaching it through
 * `z.regexes` keeps all of zod's regexes (~2.5 kB gzip) in every page with a form.
 */
const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

// `abort` stops at the first failed check, so a field shows one message (the most relevant), not a list.
const stop = (message: string) => ({ error: message, abort: true });

/**
 * A required email address, trimmed.
 *
 * @example
 * z.object({ email: emailSchema() })
 */
export function emailSchema() {
  return z
    .string()
    .check(
      z.trim(),
      z.minLength(1, stop(messageKey('validation.emailRequired'))),
      z.regex(EMAIL_PATTERN, stop(messageKey('validation.email'))),
    );
}

/**
 * A password checked against `rules` (for choosing a new password).
 *
 * @example
 * passwordSchema({ minLength: 8, requireNumber: true })
 */
export function passwordSchema(rules: PasswordRules = {}) {
  const min = rules.minLength ?? DEFAULT_PASSWORD_MIN_LENGTH;
  return z
    .string()
    .check(
      z.minLength(1, stop(messageKey('validation.passwordRequired'))),
      z.minLength(min, stop(messageKey('validation.passwordMin', { min }))),
      ...(rules.requireUppercase
        ? [z.regex(/\p{Lu}/u, stop(messageKey('validation.passwordUppercase')))]
        : []),
      ...(rules.requireNumber
        ? [z.regex(/\p{Nd}/u, stop(messageKey('validation.passwordNumber')))]
        : []),
      ...(rules.requireSymbol
        ? [z.regex(/[^\p{L}\p{Nd}\s]/u, stop(messageKey('validation.passwordSymbol')))]
        : []),
    );
}

/**
 * A password being entered, not chosen (sign-in, current password): only required, since
 * rules may have changed since the account was created.
 */
export function existingPasswordSchema() {
  return z.string().check(z.minLength(1, stop(messageKey('validation.passwordRequired'))));
}

/** Sign-in form values. */
export function signInSchema() {
  return z.object({ email: emailSchema(), password: existingPasswordSchema() });
}

/** Sign-up form values. */
export function signUpSchema(rules?: PasswordRules) {
  return z.object({ email: emailSchema(), password: passwordSchema(rules) });
}

/** Forgot-password (send reset link) form values. */
export function emailOnlySchema() {
  return z.object({ email: emailSchema() });
}

/** The second entry of a new password: required; equality is checked by `passwordsMatch`. */
export function confirmPasswordSchema() {
  return z.string().check(z.minLength(1, stop(messageKey('validation.confirmPasswordRequired'))));
}

/**
 * The check of a new password typed twice (sign-up, change password, reset, accept invite).
 * The mismatch is reported on `confirmPassword`, where the user has to fix it.
 */
export function passwordsMatch() {
  return z.refine<{ password: string; confirmPassword: string }>(
    (values) => values.password === values.confirmPassword,
    {
      error: messageKey('validation.passwordMismatch'),
      path: ['confirmPassword'],
    },
  );
}

/**
 * A new password typed twice.
 *
 * @example
 * useAuthForm({ schema: newPasswordSchema({ minLength: 8 }), defaultValues: { password: '', confirmPassword: '' } })
 */
export function newPasswordSchema(rules?: PasswordRules) {
  return z
    .object({ password: passwordSchema(rules), confirmPassword: confirmPasswordSchema() })
    .check(passwordsMatch());
}

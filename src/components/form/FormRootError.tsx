import { useFormContext, useFormState, type FieldErrors } from 'react-hook-form';
import type { ComponentPropsWithoutRef } from 'react';
import { translate } from '../i18n/translate.js';
import { formFeedbackMessages } from '../i18n/en/formFeedback.js';
import { authErrorMessages } from '../i18n/en/errors.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { cx } from '../cx.js';

export type FormRootErrorProps = Omit<ComponentPropsWithoutRef<'div'>, 'role'>;

function rootMessage(errors: FieldErrors): string | undefined {
  const root = errors.root;
  if (!root) return undefined;
  if (typeof root.server?.message === 'string') return root.server.message;
  if (typeof root.message === 'string') return root.message;
  for (const entry of Object.values(root)) {
    if (
      entry &&
      typeof entry === 'object' &&
      'message' in entry &&
      typeof entry.message === 'string'
    )
      return entry.message;
  }
  return undefined;
}

/**
 * The form-level error (a failed request not tied to one field). The `role="alert"` region
 * is always in the DOM, so screen readers announce the text when it appears; when empty it
 * has no visible box (`data-state="closed"`). Without a provider's `locale` it knows the English
 * of the `errors.*` and `validation.*` keys and the invitation notice.
 *
 * @example
 * <Form form={form} onSubmit={submit}><FormRootError />…</Form>
 */
export function FormRootError({ className, children, ...props }: FormRootErrorProps) {
  const { control } = useFormContext();
  const { errors } = useFormState({ control });
  const messages = useMessageSlice(formFeedbackMessages, authErrorMessages);
  const raw = rootMessage(errors);
  const body = raw ? translate(raw, messages) : children;
  return (
    <div
      data-slot="form-root-error"
      data-state={body ? 'open' : 'closed'}
      role="alert"
      aria-atomic="true"
      className={cx(className)}
      {...props}
    >
      {body}
    </div>
  );
}

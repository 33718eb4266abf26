import type { ComponentPropsWithoutRef } from 'react';
import { translate } from '../i18n/translate.js';
import { formFeedbackMessages } from '../i18n/en/formFeedback.js';
import { authErrorMessages } from '../i18n/en/errors.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { cx } from '../cx.js';
import { useFormField } from './useFormField.js';

export type FormMessageProps = ComponentPropsWithoutRef<'p'>;

/**
 * The field's error, translated at render (schemas and `applyServerError` store message
 * keys, so switching locale re-translates errors already on screen). Renders nothing when
 * the field is valid and no children are given. Without a provider's `locale` it knows the English
 * of the `validation.*` and `errors.*` keys; text that is not a key is shown as it is.
 *
 * @example
 * <FormMessage />
 */
export function FormMessage({ className, children, ...props }: FormMessageProps) {
  const { error, formMessageId } = useFormField();
  const messages = useMessageSlice(formFeedbackMessages, authErrorMessages);
  const body = error?.message ? translate(error.message, messages) : children;
  if (!body) return null;
  return (
    <p
      data-slot="form-message"
      data-state={error ? 'error' : 'idle'}
      id={formMessageId}
      className={cx(className)}
      {...props}
    >
      {body}
    </p>
  );
}

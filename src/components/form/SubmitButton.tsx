import { useFormContext, useFormState } from 'react-hook-form';
import type { ReactNode } from 'react';
import { uiMessages } from '../i18n/en/ui.js';
import { useMessageSlice } from '../i18n/useMessageSlice.js';
import { Button, type ButtonProps } from '../ui/Button.js';
import { Spinner } from '../ui/Spinner.js';

export interface SubmitButtonProps extends Omit<ButtonProps, 'type' | 'asChild'> {
  /** Text while the form submits; defaults to the `loading.default` message. */
  pendingLabel?: ReactNode;
}

/**
 * The form's submit button: disabled, `aria-busy` and showing progress text while the
 * submit handler runs, which also prevents double submits.
 *
 * @example
 * <SubmitButton pendingLabel={t['loading.signingIn']}>{t['button.signIn']}</SubmitButton>
 */
export function SubmitButton({ pendingLabel, children, disabled, ...props }: SubmitButtonProps) {
  const { control } = useFormContext();
  const { isSubmitting } = useFormState({ control });
  const messages = useMessageSlice(uiMessages);
  return (
    <Button
      data-slot="submit-button"
      type="submit"
      disabled={disabled || isSubmitting}
      aria-busy={isSubmitting || undefined}
      data-state={isSubmitting ? 'pending' : 'idle'}
      {...props}
    >
      {isSubmitting ? (
        <>
          <Spinner />
          <span>{pendingLabel ?? messages['loading.default']}</span>
        </>
      ) : (
        children
      )}
    </Button>
  );
}

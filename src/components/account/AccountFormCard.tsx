import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { cx } from '../cx.js';
import { ScreenForm } from '../form/ScreenForm.js';
import type { ServerErrorFieldMap } from '../form/applyServerError.js';
import { Alert } from '../ui/Alert.js';
import { AuthCard } from '../ui/AuthCard.js';
import type { CardFormClassNames } from '../ui/cardProps.js';

// `pageSlot`, `heading` and `submit`, not `slot`, `title` and `onSubmit`: those are div props an app may pass on.
interface AccountFormCardProps<Values extends FieldValues> extends ComponentPropsWithoutRef<'div'> {
  pageSlot: string;
  heading: string;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  form: UseFormReturn<Values, unknown, Values>;
  submit: (values: Values) => unknown;
  serverErrorFields?: ServerErrorFieldMap;
  /** The success message, `null` until the form succeeded. */
  success: ReactNode;
  successTitle?: ReactNode;
  pendingLabel: string;
  submitLabel: string;
  classNames?: CardFormClassNames;
  /** The fields. */
  children: ReactNode;
}

/**
 * The frame of an account form: a card with the form, a status line above it that announces
 * success, the server error and the submit button around the given fields.
 */
export function AccountFormCard<Values extends FieldValues>({
  pageSlot,
  heading,
  headingLevel,
  form,
  submit,
  serverErrorFields,
  success,
  successTitle,
  pendingLabel,
  submitLabel,
  className,
  classNames,
  children,
  ...props
}: AccountFormCardProps<Values>) {
  const state = form.formState.isSubmitting ? 'submitting' : success !== null ? 'success' : 'idle';
  return (
    <div data-slot={pageSlot} data-state={state} className={cx(className)} {...props}>
      <AuthCard
        className={classNames?.card}
        classNames={classNames?.cardParts}
        headingLevel={headingLevel}
        title={heading}
      >
        <ScreenForm
          form={form}
          onSubmit={submit}
          serverErrorFields={serverErrorFields}
          submitLabel={submitLabel}
          pendingLabel={pendingLabel}
          classNames={classNames}
          status={
            // Always rendered (empty when idle) so the status is announced when its text appears.
            <div
              role="status"
              data-slot={`${pageSlot}-success`}
              className={cx(classNames?.success)}
            >
              {success !== null ? (
                <Alert variant="success" role="none" title={successTitle}>
                  {success}
                </Alert>
              ) : null}
            </div>
          }
        >
          {children}
        </ScreenForm>
      </AuthCard>
    </div>
  );
}

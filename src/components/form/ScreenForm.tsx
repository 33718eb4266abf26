import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { Form, type FormProps } from './Form.js';
import { FormRootError } from './FormRootError.js';
import { SubmitButton } from './SubmitButton.js';

/** Classes for the parts `ScreenForm` renders itself; the screens' `classNames` fit as they are. */
export interface ScreenFormClassNames {
  form?: string;
  rootError?: string;
  submit?: string;
}

export interface ScreenFormProps<TValues extends FieldValues, TOutput = TValues> extends Omit<
  FormProps<TValues, TOutput>,
  'className'
> {
  /** The submit button's text, and its text while the form submits. */
  submitLabel: ReactNode;
  pendingLabel: ReactNode;
  /** Before the server error, e.g. a status line that announces success. */
  status?: ReactNode;
  /** After the submit button, e.g. a way back to an earlier step. */
  afterSubmit?: ReactNode;
  classNames?: ScreenFormClassNames;
}

/**
 * The form of every prebuilt screen, in one order: status, server error (`role="alert"`), the
 * fields (children), the submit button. One place, so the screens cannot drift apart.
 */
export function ScreenForm<TValues extends FieldValues, TOutput = TValues>({
  submitLabel,
  pendingLabel,
  status,
  afterSubmit,
  classNames,
  children,
  ...props
}: ScreenFormProps<TValues, TOutput>) {
  return (
    <Form className={classNames?.form} {...props}>
      {status}
      <FormRootError className={classNames?.rootError} />
      {children}
      <SubmitButton pendingLabel={pendingLabel} className={classNames?.submit}>
        {submitLabel}
      </SubmitButton>
      {afterSubmit}
    </Form>
  );
}

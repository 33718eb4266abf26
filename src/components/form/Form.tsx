import type { ComponentPropsWithoutRef } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { cx } from '../cx.js';
import { applyServerError, type ServerErrorFieldMap } from './applyServerError.js';

export interface FormProps<TValues extends FieldValues, TOutput = TValues> extends Omit<
  ComponentPropsWithoutRef<'form'>,
  'onSubmit'
> {
  /** The object returned by `useAuthForm` (or `useForm`). */
  form: UseFormReturn<TValues, unknown, TOutput>;
  /**
   * Runs with the parsed values. If it throws, the error is shown on the field it concerns
   * (see `applyServerError`) or in `FormRootError`, so callers do not need their own catch.
   */
  onSubmit?: (values: TOutput) => unknown;
  /** Overrides which field an `AuthError` code is shown on. */
  serverErrorFields?: ServerErrorFieldMap;
}

/**
 * A `<form>` bound to a react-hook-form instance: provides it to the field parts, disables
 * native validation (our messages are accessible and translated; the browser's are neither
 * styled nor in the app's locale) and maps thrown `AuthError`s to fields.
 *
 * @example
 * const form = useAuthForm({ schema, defaultValues: { email: '' } });
 * <Form form={form} onSubmit={(v) => client.sendPasswordReset(v)}>…</Form>
 */
export function Form<TValues extends FieldValues, TOutput = TValues>({
  form,
  onSubmit,
  serverErrorFields,
  className,
  children,
  ...props
}: FormProps<TValues, TOutput>) {
  const submit = form.handleSubmit(async (values) => {
    if (!onSubmit) return;
    try {
      await onSubmit(values);
    } catch (error) {
      applyServerError(form, error, serverErrorFields);
    }
  });
  return (
    <FormProvider {...form}>
      <form data-slot="form" noValidate className={cx(className)} onSubmit={submit} {...props}>
        {children}
      </form>
    </FormProvider>
  );
}

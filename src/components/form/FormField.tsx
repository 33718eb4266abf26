import { useMemo } from 'react';
import {
  Controller,
  type ControllerProps,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { FormFieldContext } from './FormFieldContext.js';

/** Same props as react-hook-form's `Controller`. */
export type FormFieldProps<
  TValues extends FieldValues = FieldValues,
  TName extends FieldPath<TValues> = FieldPath<TValues>,
  TOutput = TValues,
> = ControllerProps<TValues, TName, TOutput>;

/**
 * A `Controller` that also tells the parts inside it which field they belong to.
 *
 * @example
 * <FormField control={form.control} name="email" render={({ field }) => (
 *   <FormItem><FormLabel>Email</FormLabel><FormControl><Input {...field} /></FormControl><FormMessage /></FormItem>
 * )} />
 */
export function FormField<
  TValues extends FieldValues = FieldValues,
  TName extends FieldPath<TValues> = FieldPath<TValues>,
  TOutput = TValues,
>(props: FormFieldProps<TValues, TName, TOutput>) {
  const value = useMemo(() => ({ name: props.name }), [props.name]);
  return (
    <FormFieldContext.Provider value={value}>
      <Controller {...props} />
    </FormFieldContext.Provider>
  );
}

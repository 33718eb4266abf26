import { useContext } from 'react';
import { useFormContext, useFormState, type FieldError } from 'react-hook-form';
import { FormFieldContext } from './FormFieldContext.js';
import { FormItemContext } from './FormItemContext.js';

/** What the parts of a field need to wire themselves together. */
export interface UseFormFieldResult {
  name: string;
  /** `id` of the control; the label's `htmlFor`. */
  formItemId: string;
  formDescriptionId: string;
  formMessageId: string;
  hasDescription: boolean;
  invalid: boolean;
  error: FieldError | undefined;
}

/**
 * State and ids of the enclosing `FormField` + `FormItem`.
 *
 * @example
 * const { formItemId, invalid } = useFormField();
 */
export function useFormField(): UseFormFieldResult {
  const field = useContext(FormFieldContext);
  const item = useContext(FormItemContext);
  if (!field)
    throw new Error(
      'useFormField: this part must be rendered inside <FormField name="…" render={…} />.',
    );
  if (!item)
    throw new Error(
      'useFormField: this part must be rendered inside <FormItem> (inside the FormField render function).',
    );
  const { getFieldState, control } = useFormContext();
  // Subscribing through useFormState re-renders this part (only) when this field's error changes.
  const formState = useFormState({ control, name: field.name });
  const { error, invalid } = getFieldState(field.name, formState);
  return {
    name: field.name,
    formItemId: `${item.id}-control`,
    formDescriptionId: `${item.id}-description`,
    formMessageId: `${item.id}-message`,
    hasDescription: item.hasDescription,
    invalid,
    error,
  };
}

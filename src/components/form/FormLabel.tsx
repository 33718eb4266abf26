import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../cx.js';
import { useFormField } from './useFormField.js';

export type FormLabelProps = ComponentPropsWithoutRef<'label'>;

/**
 * The field's `<label>`, bound to its control by `htmlFor`.
 *
 * @example
 * <FormLabel>Email</FormLabel>
 */
export function FormLabel({ className, ...props }: FormLabelProps) {
  const { formItemId, invalid } = useFormField();
  return (
    <label
      data-slot="form-label"
      data-invalid={invalid ? '' : undefined}
      className={cx(className)}
      htmlFor={formItemId}
      {...props}
    />
  );
}

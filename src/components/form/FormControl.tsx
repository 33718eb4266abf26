import { Slot } from '@radix-ui/react-slot';
import type { ComponentPropsWithoutRef } from 'react';
import { useFormField } from './useFormField';

export type FormControlProps = ComponentPropsWithoutRef<typeof Slot>;

/**
 * Passes `id`, `aria-invalid` and `aria-describedby` to its only child (the input).
 * `aria-describedby` names only parts that exist, since a dangling id reference is an
 * accessibility error and some screen readers then read nothing at all.
 *
 * @example
 * <FormControl><Input type="email" {...field} /></FormControl>
 */
export function FormControl(props: FormControlProps) {
  const { formItemId, formDescriptionId, formMessageId, hasDescription, invalid, error } = useFormField();
  const describedBy = [hasDescription ? formDescriptionId : null, error?.message ? formMessageId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <Slot
      data-slot="form-control"
      id={formItemId}
      aria-invalid={invalid}
      aria-describedby={describedBy === '' ? undefined : describedBy}
      {...props}
    />
  );
}

import { Slot, type SlotProps } from '../ui/Slot.js';
import { useFormField } from './useFormField.js';

export type FormControlProps = SlotProps;

/**
 * Renders no element: passes `id`, `aria-invalid` and `aria-describedby` to its only child (the input).
 * `aria-describedby` names only parts that exist, since a dangling id reference is an
 * accessibility error and some screen readers then read nothing at all.
 *
 * @example
 * <FormControl><Input type="email" {...field} /></FormControl>
 */
export function FormControl(props: FormControlProps) {
  const { formItemId, formDescriptionId, formMessageId, hasDescription, invalid, error } =
    useFormField();
  const describedBy = [
    hasDescription ? formDescriptionId : null,
    error?.message ? formMessageId : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    // No data-slot of its own: Slot props override the child's, and the input keeps its slot name.
    <Slot
      id={formItemId}
      aria-invalid={invalid}
      aria-describedby={describedBy === '' ? undefined : describedBy}
      {...props}
    />
  );
}

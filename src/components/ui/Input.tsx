import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../cx';

export type InputProps = ComponentPropsWithoutRef<'input'>;

/**
 * A text input styled by `[data-slot="field-input"]`; put it inside `FormControl` to wire it.
 *
 * @example
 * <FormControl><Input type="email" autoComplete="email" {...field} /></FormControl>
 */
export function Input({ className, ...props }: InputProps) {
  return <input data-slot="field-input" className={cx(className)} {...props} />;
}

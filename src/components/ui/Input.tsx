import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../cx.js';

export type InputProps = ComponentPropsWithoutRef<'input'>;

/**
 * A text input styled by `[data-slot="field-input"]`; put it inside `FormControl` to wire it.
 *
 * @example
 * <FormControl><Input type="email" autoComplete="email" {...field} /></FormControl>
 */
// forwardRef, not a `ref` prop: React 18 (a supported peer) drops `ref` on function components, and
// react-hook-form needs the element to move focus to the first invalid field.
export const Input = forwardRef<HTMLInputElement, InputProps>(function Input(
  { className, ...props },
  ref,
) {
  return <input ref={ref} data-slot="field-input" className={cx(className)} {...props} />;
});

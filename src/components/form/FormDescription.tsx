import { useContext, useEffect, useLayoutEffect, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../cx.js';
import { FormItemContext } from './FormItemContext.js';
import { useFormField } from './useFormField.js';

// React 18 warns about layout effects during SSR; on the server there is nothing to measure anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

export type FormDescriptionProps = ComponentPropsWithoutRef<'p'>;

/**
 * Help text under a field, read by screen readers together with the field.
 *
 * @example
 * <FormDescription>At least 8 characters.</FormDescription>
 */
export function FormDescription({ className, ...props }: FormDescriptionProps) {
  const { formDescriptionId } = useFormField();
  const item = useContext(FormItemContext);
  const register = item?.registerDescription;
  // Layout effect: the control gains aria-describedby before the browser paints or a11y tools read.
  useIsomorphicLayoutEffect(() => register?.(), [register]);
  return (
    <p data-slot="form-description" id={formDescriptionId} className={cx(className)} {...props} />
  );
}

import { useCallback, useId, useMemo, useState, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../cx.js';
import { FormItemContext } from './FormItemContext.js';

export type FormItemProps = ComponentPropsWithoutRef<'div'>;

/**
 * Groups one field's label, control, description and message, and owns their ids
 * (`useId`, so server and client markup agree).
 *
 * @example
 * <FormItem><FormLabel>Email</FormLabel><FormControl><Input /></FormControl><FormMessage /></FormItem>
 */
export function FormItem({ className, ...props }: FormItemProps) {
  const id = useId();
  // Counted, not a boolean: a description may be swapped for another without a gap.
  const [descriptions, setDescriptions] = useState(0);
  const registerDescription = useCallback(() => {
    setDescriptions((count) => count + 1);
    return () => setDescriptions((count) => count - 1);
  }, []);
  const value = useMemo(
    () => ({ id, hasDescription: descriptions > 0, registerDescription }),
    [id, descriptions, registerDescription],
  );
  return (
    <FormItemContext.Provider value={value}>
      <div data-slot="form-item" className={cx(className)} {...props} />
    </FormItemContext.Provider>
  );
}

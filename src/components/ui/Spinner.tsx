import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../cx.js';

export interface SpinnerProps extends ComponentPropsWithoutRef<'span'> {
  /** Accessible text. Omit when the spinner sits next to visible progress text (it is then hidden). */
  label?: string;
}

/**
 * A progress indicator. Decorative by default; with `label` it becomes a `role="status"`.
 *
 * @example
 * <Spinner label="Loading…" />
 */
export function Spinner({ label, className, ...props }: SpinnerProps) {
  return (
    <span
      data-slot="spinner"
      className={cx(className)}
      {...(label ? { role: 'status', 'aria-label': label } : { 'aria-hidden': true })}
      {...props}
    />
  );
}

import { Slot } from './Slot.js';
import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../cx.js';

/** Visual weight of a button; styled through `data-variant`. */
export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'link';

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  variant?: ButtonVariant;
  /** Render the child element (e.g. a router `<Link>`) with the button's props and look. */
  asChild?: boolean;
}

/**
 * A button. `type` defaults to `"button"` so a button inside a form never submits it by
 * accident; use `SubmitButton` for that.
 *
 * @example
 * <Button variant="secondary" onClick={cancel}>Cancel</Button>
 */
export function Button({
  variant = 'primary',
  asChild = false,
  className,
  type,
  ...props
}: ButtonProps) {
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      data-slot="button"
      data-variant={variant}
      className={cx(className)}
      type={asChild ? type : (type ?? 'button')}
      {...props}
      // Callers may rename `data-slot` (e.g. `oauth-button`); the stylesheet finds buttons by this part marker.
      data-dar-part="button"
    />
  );
}

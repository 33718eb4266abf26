import { Slot } from './Slot.js';
import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../cx.js';

export interface LinkButtonProps extends ComponentPropsWithoutRef<'a'> {
  /** Render the child (a router `<Link>`) instead of an `<a>`, keeping the look. */
  asChild?: boolean;
}

/**
 * A navigation link styled as a text link ("Forgot password?", "Back to sign in").
 * It stays an `<a>`: navigation must be a link for middle-click, screen-reader link lists.
 *
 * @example
 * <LinkButton asChild><RouterLink to="/forgot">Forgot password?</RouterLink></LinkButton>
 */
export function LinkButton({ asChild = false, className, ...props }: LinkButtonProps) {
  const Component = asChild ? Slot : 'a';
  return <Component data-slot="link-button" className={cx(className)} {...props} />;
}

import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cx } from '../cx.js';

/** Meaning of an alert; `danger` and `warning` interrupt screen readers, the others wait. */
export type AlertVariant = 'info' | 'success' | 'warning' | 'danger';

export interface AlertProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  variant?: AlertVariant;
  title?: ReactNode;
  /** Extra classes for the inner parts. */
  classNames?: { title?: string; description?: string };
}

/**
 * A message box. Errors use `role="alert"` (announced at once), other variants
 * `role="status"` (announced politely); pass `role` to override.
 *
 * @example
 * <Alert variant="success" title="Check your inbox">We sent you a link.</Alert>
 */
export function Alert({
  variant = 'info',
  title,
  classNames,
  className,
  children,
  role,
  ...props
}: AlertProps) {
  const urgent = variant === 'danger' || variant === 'warning';
  return (
    <div
      data-slot="alert"
      data-variant={variant}
      role={role ?? (urgent ? 'alert' : 'status')}
      className={cx(className)}
      {...props}
    >
      {title ? (
        <p data-slot="alert-title" className={cx(classNames?.title)}>
          {title}
        </p>
      ) : null}
      {children ? (
        <div data-slot="alert-description" className={cx(classNames?.description)}>
          {children}
        </div>
      ) : null}
    </div>
  );
}

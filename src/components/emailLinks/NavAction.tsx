import type { ReactNode } from 'react';
import { Button } from '../ui/Button';
import { LinkButton } from '../ui/LinkButton';

export interface NavActionProps {
  href?: string;
  onClick?: () => void;
  children: ReactNode;
  /** Used when rendered as a button (callback only). */
  variant?: 'primary' | 'secondary' | 'link';
  slot: string;
  className?: string;
}

/**
 * A way forward that is a link when there is a URL (middle-click, link lists) and a button
 * when the app navigates itself; nothing when neither is given, so no dead control is shown.
 */
export function NavAction({
  href,
  onClick,
  children,
  variant = 'link',
  slot,
  className,
}: NavActionProps) {
  if (href !== undefined) {
    return (
      <LinkButton data-slot={slot} href={href} onClick={onClick} className={className}>
        {children}
      </LinkButton>
    );
  }
  if (onClick) {
    return (
      <Button data-slot={slot} variant={variant} onClick={onClick} className={className}>
        {children}
      </Button>
    );
  }
  return null;
}

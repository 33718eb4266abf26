import type { MouseEvent, ReactNode } from 'react';
import { Button } from '../ui/Button.js';
import { LinkButton } from '../ui/LinkButton.js';

export interface NavActionProps {
  href?: string;
  onClick?: () => void;
  children: ReactNode;
  /** `primary`/`secondary` look like buttons even as links (the way on); `link` like text. */
  variant?: 'primary' | 'secondary' | 'link';
  slot: string;
  className?: string;
}

/**
 * A way forward that is a link when there is a URL (middle-click, link lists) and a button
 * when the app navigates itself; nothing when neither is given, so no dead control is shown.
 * With both, a plain click calls `onClick` (client-side navigation) and the href stays for
 * middle-click and "open in new tab".
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
    const click = onClick
      ? (event: MouseEvent<HTMLAnchorElement>) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onClick();
        }
      : undefined;
    if (variant === 'link') {
      return (
        <LinkButton data-slot={slot} href={href} onClick={click} className={className}>
          {children}
        </LinkButton>
      );
    }
    // Still a link (it navigates), dressed as a button so the primary way on stands out.
    return (
      <Button asChild data-slot={slot} variant={variant} className={className}>
        <a href={href} onClick={click}>
          {children}
        </a>
      </Button>
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

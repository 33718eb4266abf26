import type { MouseEventHandler, ReactNode } from 'react';
import { Button } from '../ui/Button';
import { LinkButton } from '../ui/LinkButton';

/** What a `renderLink` function receives: render an element that navigates to `href`. */
export interface AuthLinkRenderProps {
  href: string;
  children: ReactNode;
  /** Which link this is (`forgot-password`, `sign-up`, `sign-in`), e.g. to pick a route. */
  action: string;
  className?: string;
}

/** Renders a link with your router (`<Link to={href}>`), since the kit has no router dependency. */
export type RenderLink = (props: AuthLinkRenderProps) => ReactNode;

export interface AuthLinkProps {
  /** Which link this is; becomes `data-action`. */
  action: string;
  href?: string;
  onClick?: () => void;
  renderLink?: RenderLink;
  className?: string;
  children: ReactNode;
}

/**
 * A navigation affordance that is a link when there is a URL and a button when there is only a
 * callback (an `<a>` without `href` is not focusable, and a button that navigates lies to screen
 * readers). Renders nothing when given neither, so forms only show the ways out the app supports.
 *
 * @example
 * <AuthLink action="sign-up" href="/sign-up">Create an account</AuthLink>
 */
export function AuthLink({
  action,
  href,
  onClick,
  renderLink,
  className,
  children,
}: AuthLinkProps) {
  if (href !== undefined) {
    if (renderLink) return <>{renderLink({ href, children, action, className })}</>;
    const click: MouseEventHandler<HTMLAnchorElement> | undefined = onClick
      ? (event) => {
          // With both an href and a callback the callback navigates (SPA); the href stays for middle-click.
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onClick();
        }
      : undefined;
    return (
      <LinkButton href={href} data-action={action} className={className} onClick={click}>
        {children}
      </LinkButton>
    );
  }
  if (onClick) {
    return (
      <Button variant="link" data-action={action} className={className} onClick={onClick}>
        {children}
      </Button>
    );
  }
  return null;
}

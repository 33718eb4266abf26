import type { MouseEventHandler, ReactNode } from 'react';
import { Button } from '../ui/Button.js';
import { LinkButton } from '../ui/LinkButton.js';

/**
 * What a `renderLink` function receives: link props only, safe to spread onto a router's link
 * (`<Link {...props} />` in Next.js, `<Link to={props.href} {...props} />` in React Router).
 */
export interface AuthLinkRenderProps {
  href: string;
  children: ReactNode;
  className?: string;
  /** Which link this is (`forgot-password`, `sign-up`, `sign-in`), for styling and tests. */
  'data-action': string;
}

/** Which link is being rendered, e.g. to pick a route: `forgot-password`, `sign-up`, `sign-in`. */
export interface AuthLinkInfo {
  action: string;
}

/** Renders a link with your router (`<Link {...props} />`), since the kit has no router dependency. */
export type RenderLink = (props: AuthLinkRenderProps, link: AuthLinkInfo) => ReactNode;

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
    if (renderLink)
      return <>{renderLink({ href, children, className, 'data-action': action }, { action })}</>;
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

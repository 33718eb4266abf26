/**
 * A deliberately tiny router: the kit needs none, and a demo should not hide which parts are the
 * kit and which are a routing library. Paths live in `location`, changes go through
 * `history.pushState`, back/forward arrive as `popstate`.
 */
import {
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { LinkButton } from '../src/components';

const NAVIGATE_EVENT = 'playground:navigate';

/**
 * Counts navigations (pushes and back/forward). Pages are keyed by it rather than by the URL:
 * the kit's email-link pages and OAuth callback remove `?oobCode=…` / `#id_token=…` from the
 * address bar with `history.replaceState`, and that must not remount (and so reset) them.
 */
let navigationId = 0;

function subscribe(onChange: () => void): () => void {
  const onPopState = () => {
    navigationId += 1;
    onChange();
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function snapshot(): string {
  return `${navigationId} ${location.pathname}`;
}

/** The current path and a key that changes on every navigation (not on `replaceState` clean-ups). */
export function useLocation(): { pathname: string; navigationKey: string } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const separator = current.indexOf(' ');
  return { pathname: current.slice(separator + 1), navigationKey: current };
}

/** A query parameter of the current address, e.g. `?email=` carried over from another screen. */
export function queryParam(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}

/**
 * The `?next=` return path, only when it is a path on this site: `//evil.test` or
 * `https://evil.test` would turn the sign-in page into an open redirect.
 */
export function nextPath(fallback = '/'): string {
  const next = queryParam('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : fallback;
}

/** The sign-in page that comes back to `path` afterwards. */
export function signInReturningTo(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}

/** Client-side navigation to a same-origin path such as `/sign-in` or `/reset-password?oobCode=…`. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  // Navigating to where we already are replaces the entry: Back should not need two presses.
  const here = new URL(to, location.href).href === location.href;
  if (options.replace || here) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  navigationId += 1;
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

/** Whether a click on an anchor should stay in the app instead of loading a page. */
function isClientNavigation(
  event: MouseEvent<HTMLElement> | globalThis.MouseEvent,
  anchor: HTMLAnchorElement,
): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (anchor.target && anchor.target !== '_self') return false;
  if (anchor.hasAttribute('download')) return false;
  // `data-reload` opts a link out, e.g. the outbox's mail links, which should load the page like an email would.
  if (anchor.hasAttribute('data-reload')) return false;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin) return false;
  // A jump within this page (the skip link's `#main`): the browser scrolls and moves focus itself.
  if (url.hash && url.pathname === location.pathname && url.search === location.search)
    return false;
  // The emulator's own pages (consent page, control API) are served by the dev server, not the app.
  return !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/emulator/');
}

/**
 * Turns clicks on plain same-origin `<a href>` inside the app into client navigations, so the
 * kit's components can render ordinary links (`href="/forgot-password"`) without a router prop.
 * Returns the cleanup.
 */
export function interceptLinkClicks(root: HTMLElement): () => void {
  const onClick = (event: globalThis.MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement) || !root.contains(anchor)) return;
    if (!isClientNavigation(event, anchor)) return;
    event.preventDefault();
    const url = new URL(anchor.href);
    navigate(url.pathname + url.search + url.hash);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An `<a>` that navigates client-side (modifier clicks still open a new tab). */
export function Link({ to, onClick, ...props }: LinkProps) {
  return (
    <a
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (!isClientNavigation(event, event.currentTarget)) return;
        event.preventDefault();
        navigate(to);
      }}
      {...props}
    />
  );
}

/**
 * The kit's components take a `renderLink` prop to render their links ("Forgot password?",
 * "Create an account"...) with your router. This is ours: the kit's link look, our `Link`.
 */
export function renderLink({
  href,
  children,
  className,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <LinkButton asChild className={className}>
      <Link to={href}>{children}</Link>
    </LinkButton>
  );
}

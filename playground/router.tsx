/**
 * A deliberately tiny router: the kit needs none, and a demo should not hide which parts are the
 * kit and which are a routing library. Paths live in `location`, changes go through
 * `history.pushState`, back/forward arrive as `popstate`.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const NAVIGATE_EVENT = 'playground:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** The current `pathname + search`, re-rendering on every navigation. */
export function useLocation(): { pathname: string; search: string; href: string } {
  const href = useSyncExternalStore(subscribe, () => location.pathname + location.search);
  const url = new URL(href, location.origin);
  return { pathname: url.pathname, search: url.search, href };
}

/** Client-side navigation to a same-origin path such as `/sign-in` or `/reset-password?oobCode=…`. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

/** Whether a click on an anchor should stay in the app instead of loading a page. */
function isClientNavigation(event: MouseEvent<HTMLElement> | globalThis.MouseEvent, anchor: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (anchor.target && anchor.target !== '_self') return false;
  if (anchor.hasAttribute('download')) return false;
  // `data-reload` opts a link out, e.g. the outbox's mail links, which should load the page like an email would.
  if (anchor.hasAttribute('data-reload')) return false;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin) return false;
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

import { stripEmailActionParams } from '../../core/links.js';

/**
 * Removes the used code from the address bar and history, so a reload or a shared URL does not
 * replay it. `history.state` is kept rather than nulled: client routers store their entry key there.
 */
export function cleanAddressBar(): void {
  if (typeof window === 'undefined') return;
  const clean = stripEmailActionParams(window.location.href);
  if (clean !== window.location.href) window.history.replaceState(window.history.state, '', clean);
}

/**
 * The opening side of OAuth popups, loaded with the buttons: what must run synchronously inside a
 * click (opening the window, before any `await`, or popup blockers refuse it) or during a callback
 * page's effect (is this window such a popup?). Waiting for the answer and reporting it are in
 * `oauthPopup.ts`, loaded with the rest of the flow when it is needed (see `loadOAuthFlow.ts`).
 */
/** `window.name` prefix of the popups `useOAuth` opens; the callback page looks for it. */
export const OAUTH_POPUP_NAME_PREFIX = 'deskree-auth-oauth-popup';
/** `type` of the one message a callback popup posts to its opener. */
export const OAUTH_POPUP_MESSAGE_TYPE = 'deskree-auth:oauth-callback';
/** Fallback channel of a popup whose opener was severed (COOP); same-origin by construction. */
export const OAUTH_POPUP_CHANNEL = 'deskree-auth:oauth-popup';

/** What the popup posts: the provider's answer only — never a session token. */
export interface OAuthPopupMessage {
  type: typeof OAUTH_POPUP_MESSAGE_TYPE;
  state: string | null;
  code?: string;
  token?: string;
  error?: string;
  errorDescription?: string;
}

export interface OAuthPopupOptions {
  /** Default 500 × 640, centred on the opener. */
  width?: number;
  height?: number;
  /** Opens the window (tests, embedded browsers). Default `window.open`. */
  openWindow?: (url: string, name: string, features: string) => Window | null;
  /** How often to check whether the user closed the popup. Default 500 ms. */
  pollIntervalMs?: number;
  /**
   * How long a closed popup may still answer over the fallback channel before `oauth_cancelled`
   * (a popup whose opener was severed reads as closed). Default 1000 ms.
   */
  closedGraceMs?: number;
}

/**
 * Opens an empty popup right away: call it synchronously in the click handler, before any
 * `await`, or popup blockers refuse it. Returns `null` when the browser blocked it.
 */
export function openOAuthPopup(options: OAuthPopupOptions = {}): Window | null {
  const { width = 500, height = 640, openWindow } = options;
  const left = Math.max(0, Math.round(window.screenX + (window.outerWidth - width) / 2));
  const top = Math.max(0, Math.round(window.screenY + (window.outerHeight - height) / 2));
  const name = `${OAUTH_POPUP_NAME_PREFIX}:${Math.random().toString(36).slice(2)}`;
  const features = `popup,width=${width},height=${height},left=${left},top=${top}`;
  return (openWindow ?? window.open.bind(window))('', name, features);
}

/**
 * Inside a popup `useOAuth` opened: the same-origin opener to report to; `true` when the opener is
 * gone (severed by the provider's COOP, or closed): report over the channel; else `null` (a normal
 * tab, or a popup of another origin).
 */
export function oauthPopupOpener(): Window | true | null {
  if (typeof window === 'undefined' || !window.name.startsWith(OAUTH_POPUP_NAME_PREFIX))
    return null;
  const opener = window.opener as Window | null;
  if (!opener) return true;
  if (opener === window) return null;
  try {
    // Reading another origin's location throws: such an opener never gets the answer.
    return opener.location.origin === window.location.origin ? opener : null;
  } catch {
    return null;
  }
}

/**
 * Whether this window is an OAuth popup that can hand its answer to the tab that opened it (see
 * `reportToOAuthOpener`): decided synchronously, so a callback page knows at once that it must
 * not exchange the answer itself.
 */
export function canReportToOAuthOpener(): boolean {
  const opener = oauthPopupOpener();
  return opener !== null && (opener !== true || typeof BroadcastChannel !== 'undefined');
}

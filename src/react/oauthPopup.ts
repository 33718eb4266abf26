/**
 * OAuth in a popup, without React. The popup never exchanges anything and never sees a session:
 * the callback page inside it hands the provider's answer (`code`/`token`, `state`, or `error`)
 * to its same-origin opener with `postMessage` and closes; the opener checks the answer against
 * the flow it started (its own sessionStorage record, keyed by `state`) and exchanges it itself.
 * So it works with every session storage, and a popup's copy of sessionStorage never matters.
 * When a provider's `Cross-Origin-Opener-Policy` severed `window.opener`, the popup sends the same
 * answer over a same-origin `BroadcastChannel` instead; the opener takes it only for its own `state`.
 */
import { AuthError, parseOAuthCallback } from '../core';

/** `window.name` prefix of the popups `useOAuth` opens; the callback page looks for it. */
export const OAUTH_POPUP_NAME_PREFIX = 'deskree-auth-oauth-popup';
/** `type` of the one message a callback popup posts to its opener. */
export const OAUTH_POPUP_MESSAGE_TYPE = 'deskree-auth:oauth-callback';
/** Fallback channel of a popup whose opener was severed (COOP); same-origin by construction. */
export const OAUTH_POPUP_CHANNEL = 'deskree-auth:oauth-popup';

const channel = () =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(OAUTH_POPUP_CHANNEL);

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

/** Callback URL parameter ↔ message field (`parseOAuthCallback` reads `id_token` as `token`). */
const PARAMS = [
  ['state', 'state'],
  ['code', 'code'],
  ['id_token', 'token'],
  ['error', 'error'],
  ['error_description', 'errorDescription'],
] as const;

function isPopupMessage(data: unknown): data is OAuthPopupMessage {
  return (
    Boolean(data) &&
    typeof data === 'object' &&
    (data as { type?: unknown }).type === OAUTH_POPUP_MESSAGE_TYPE
  );
}

/**
 * Waits for `popup`'s answer to the flow whose provider `state` is given. Only a message from this
 * page's origin, sent by that very window, for that state, counts — or, over the fallback channel,
 * one for that (unguessable, per-flow) state; anything else is ignored, and only the first answer
 * counts. Rejects with `oauth_cancelled` when the popup is closed and nothing arrives within the
 * grace period. Resolves with the callback URL (`callBackUri` carrying the answer) for `completeOAuthCallback`.
 */
export function waitForOAuthPopup(
  popup: Window,
  state: string | null,
  callBackUri: string,
  options: OAuthPopupOptions = {},
): Promise<string> {
  const { pollIntervalMs = 500, closedGraceMs = 1000 } = options;
  return new Promise((resolve, reject) => {
    let grace: ReturnType<typeof setTimeout> | undefined;
    const fallback = state ? channel() : null;
    const finish = () => {
      window.removeEventListener('message', onMessage);
      fallback?.close();
      clearInterval(timer);
      clearTimeout(grace);
    };
    function accept(answer: unknown) {
      if (!isPopupMessage(answer) || (answer.state ?? null) !== state) return;
      finish();
      popup.close();
      const url = new URL(callBackUri);
      url.hash = '';
      url.search = '';
      for (const [param, field] of PARAMS) {
        const value = answer[field];
        if (typeof value === 'string' && value) url.searchParams.set(param, value);
      }
      resolve(url.toString());
    }
    function onMessage(event: MessageEvent) {
      if (event.origin === window.location.origin && event.source === popup) accept(event.data);
    }
    if (fallback) fallback.onmessage = (event) => accept(event.data);
    // Closed (or severed by COOP): give a message, or the channel, a grace period to arrive.
    const timer = setInterval(() => {
      if (!popup.closed) return;
      clearInterval(timer);
      grace = setTimeout(() => {
        finish();
        reject(new AuthError('oauth_cancelled', 'The sign-in popup was closed.'));
      }, closedGraceMs);
    }, pollIntervalMs);
    window.addEventListener('message', onMessage);
  });
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
 * Hands the provider's answer in `url` to the opener (`targetOrigin` = this origin, never `*`) —
 * or, with no opener left, over the same-origin `OAUTH_POPUP_CHANNEL` — and closes the popup.
 * Returns `false`, doing nothing, outside an OAuth popup (or without `BroadcastChannel`).
 */
export function reportToOAuthOpener(url: string): boolean {
  const opener = oauthPopupOpener();
  const fallback = opener === true ? channel() : null;
  if (!opener || (opener === true && !fallback)) return false;
  const { state, ...answer } = parseOAuthCallback(url);
  // Only the fields present: never anything but the provider's answer.
  const message = {
    type: OAUTH_POPUP_MESSAGE_TYPE,
    state,
    ...Object.fromEntries(Object.entries(answer).filter(([, value]) => value)),
  };
  if (fallback) {
    fallback.postMessage(message);
    fallback.close();
  } else (opener as Window).postMessage(message, window.location.origin);
  window.close();
  return true;
}

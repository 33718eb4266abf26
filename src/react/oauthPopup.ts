/**
 * OAuth in a popup, without React. The popup never exchanges anything and never sees a session:
 * the callback page inside it hands the provider's answer (`code`/`token`, `state`, or `error`)
 * to its same-origin opener with `postMessage` and closes; the opener checks the answer against
 * the flow it started (its own sessionStorage record, keyed by `state`) and exchanges it itself.
 * So it works with every session storage, and a popup's copy of sessionStorage never matters.
 * When a provider's `Cross-Origin-Opener-Policy` severed `window.opener`, the popup sends the same
 * answer over a same-origin `BroadcastChannel` instead; the opener takes it only for its own `state`.
 */
import { AuthError } from '../core/errors.js';
import { parseOAuthCallback } from '../core/links.js';
import {
  OAUTH_POPUP_CHANNEL,
  OAUTH_POPUP_MESSAGE_TYPE,
  oauthPopupOpener,
  type OAuthPopupMessage,
  type OAuthPopupOptions,
} from './oauthPopupWindow.js';

export {
  OAUTH_POPUP_CHANNEL,
  OAUTH_POPUP_MESSAGE_TYPE,
  OAUTH_POPUP_NAME_PREFIX,
  openOAuthPopup,
  oauthPopupOpener,
} from './oauthPopupWindow.js';
export type { OAuthPopupMessage, OAuthPopupOptions } from './oauthPopupWindow.js';

const channel = () =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(OAUTH_POPUP_CHANNEL);

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

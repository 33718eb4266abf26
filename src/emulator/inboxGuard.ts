/**
 * Who may use the inbox page (`/emulator/`). The page shows live one-time codes and can wipe the
 * emulator, so it is same-origin only:
 * - no CORS headers, so another site's script cannot read it;
 * - a Host check, so a DNS-rebinding site (evil.example resolving to 127.0.0.1) cannot pose as it;
 * - every form post needs a same-origin signal from the browser (`Sec-Fetch-Site`, else `Origin`)
 *   AND the form token printed into the page at this start, so a cross-site form post fails twice;
 * - with a control token configured, a session cookie obtained by typing the token on the page
 *   (or the token itself as `Authorization: Bearer`), so the token never travels in a URL.
 */
import { newOpaque } from './random.js';

/** The cookie that holds an inbox session once the control token was typed on the page. */
export const INBOX_SESSION_COOKIE = 'deskree_emulator_inbox';

export type Verdict = { ok: true } | { ok: false; reason: string };

/** The refusal that the sign-in form answers (every other refusal gets a plain 403 page). */
export const TOKEN_REQUIRED = 'the control token is required';

const OK: Verdict = { ok: true };
const refuse = (reason: string): Verdict => ({ ok: false, reason });

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Hosts a DNS-rebinding attack cannot produce: `localhost`, `*.localhost` (browsers resolve them to
 * loopback themselves) and IP literals. A name like `app.test` could be re-pointed by its owner.
 */
export function isRebindingSafeHost(host: string): boolean {
  const hostname = (
    host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]
  )
    ?.toLowerCase()
    .replace(/\.$/, '');
  if (!hostname) return false;
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true;
  if (IPV4.test(hostname)) return hostname.split('.').every((part) => Number(part) <= 255);
  return hostname.startsWith('[') && hostname.endsWith(']') && hostname.includes(':');
}

function checkHost(url: URL): Verdict {
  if (isRebindingSafeHost(url.host)) return OK;
  return refuse(`the page is only served on localhost or an IP address, not on "${url.hostname}"`);
}

/**
 * Whether a state-changing request comes from a page of this very origin. Browsers send
 * `Sec-Fetch-Site` (trusted: scripts cannot set it) and `Origin` on every form post; a request with
 * neither is refused, since only a browser on the page has a reason to post these forms.
 */
export function checkSameOrigin(headers: Headers, requestUrl: URL): Verdict {
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin')
    return refuse(`the request came from another site (Sec-Fetch-Site: ${site})`);
  const origin = headers.get('origin');
  if (origin !== null) {
    // Only the host is compared: behind a TLS-terminating dev server the scheme we see may differ.
    let originHost: string | undefined;
    try {
      originHost = origin === 'null' ? undefined : new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    if (originHost !== requestUrl.host)
      return refuse(`the request came from another origin (Origin: ${origin})`);
  }
  if (site === null && origin === null)
    return refuse('the request carries neither Sec-Fetch-Site nor Origin');
  return OK;
}

/** Compares secrets in time independent of where they differ. */
export function secretsEqual(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++)
    difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}

function cookieValue(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export interface InboxGuardOptions {
  /** When set, the page needs it (typed once, then a session cookie) or `Authorization: Bearer`. */
  controlToken?: string;
}

/** The secrets of one emulator start, and the checks built on them. */
export class InboxGuard {
  /** Printed into every form of the page; a new one each start. */
  readonly formToken = newOpaque(32);
  readonly #sessionId = newOpaque(32);
  readonly #controlToken: string | undefined;

  constructor(options: InboxGuardOptions = {}) {
    this.#controlToken = options.controlToken || undefined;
  }

  get requiresToken(): boolean {
    return this.#controlToken !== undefined;
  }

  /** Reading the page: the host must not be a rebinding name; with a control token, a session too. */
  checkRead(request: Request): Verdict {
    const url = new URL(request.url);
    const host = checkHost(url);
    if (!host.ok) return host;
    if (!this.isSignedIn(request.headers)) return refuse(TOKEN_REQUIRED);
    return OK;
  }

  /**
   * Posting a form: a safe host, a same-origin request and this start's form token. The sign-in
   * form needs only this; every other form needs `checkWrite`.
   */
  checkForm(request: Request, form: URLSearchParams): Verdict {
    const url = new URL(request.url);
    const host = checkHost(url);
    if (!host.ok) return host;
    const sameOrigin = checkSameOrigin(request.headers, url);
    if (!sameOrigin.ok) return sameOrigin;
    if (!secretsEqual(form.get('formToken'), this.formToken))
      return refuse('the form is from an earlier start of the emulator; reload the page');
    return OK;
  }

  /** Posting a form that changes the emulator: `checkForm`, and signed in when a token is configured. */
  checkWrite(request: Request, form: URLSearchParams): Verdict {
    const verdict = this.checkForm(request, form);
    if (!verdict.ok) return verdict;
    if (!this.isSignedIn(request.headers)) return refuse(TOKEN_REQUIRED);
    return OK;
  }

  /** Whether the request carries the control token (bearer) or this start's session cookie. */
  isSignedIn(headers: Headers): boolean {
    if (this.#controlToken === undefined) return true;
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization')?.trim() ?? '')?.[1];
    if (secretsEqual(bearer, this.#controlToken)) return true;
    return secretsEqual(cookieValue(headers.get('cookie'), INBOX_SESSION_COOKIE), this.#sessionId);
  }

  /** Checks a typed control token; on success, the `Set-Cookie` value that opens a session. */
  signIn(token: string | null): string | undefined {
    if (this.#controlToken === undefined || !secretsEqual(token, this.#controlToken))
      return undefined;
    return `${INBOX_SESSION_COOKIE}=${this.#sessionId}; Path=/emulator; HttpOnly; SameSite=Strict`;
  }
}

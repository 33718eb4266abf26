/**
 * Who may talk to the emulator, and which URLs it builds. The Deskree API routes stay open to every
 * origin (a browser app needs that); the control API (`/emulator/...`) hands out live reset codes
 * and can wipe the data, so only its own origin and configured origins may call it from a browser,
 * with an optional bearer token on top. OAuth callbacks must be on an authorized domain, as on
 * Identity Platform, and links are built from a configured public origin, never the Host header.
 */
import { ApiError } from './errors.js';

/** Hosts a callBackUri may point at unless more are configured (Identity Platform's defaults). */
export const DEFAULT_AUTHORIZED_DOMAINS: readonly string[] = ['localhost', '127.0.0.1'];

/** Identity Toolkit's answer for a continue/callback URL outside the authorized domains. */
export const UNAUTHORIZED_DOMAIN_DETAIL = 'UNAUTHORIZED_DOMAIN : Domain not allowlisted by project';

/** Control paths that a browser opens from any page as part of a flow, and public keys. */
const OPEN_CONTROL_PATHS = /^\/emulator\/v1\/(oauth\/|jwks\.json$)/;

/** The control surface: the control API and any page under `/emulator/`. */
export function isControlPath(path: string): boolean {
  return (path === '/emulator' || path.startsWith('/emulator/')) && !OPEN_CONTROL_PATHS.test(path);
}

/** `host[:port]` → lowercase hostname without brackets or port. */
function hostnameOf(host: string): string {
  try {
    return new URL(`http://${host}`).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return '';
  }
}

/** Lowercases and checks a configured domain (a bare hostname: no scheme, port or path). */
export function normalizeDomain(domain: string): string {
  const trimmed = domain.trim().toLowerCase();
  if (!trimmed || /[/:@\s]/.test(trimmed.replace(/^\[.*\]$/, 'ipv6'))) {
    throw new RangeError(
      `authorized domain must be a bare hostname like "app.example", got "${domain}"`,
    );
  }
  return trimmed.replace(/^\[|\]$/g, '');
}

/**
 * Throws the service's 400 unless `uri` is an http(s) URL, without credentials, whose hostname is
 * one of `domains` (any port, like Identity Platform).
 */
export function checkCallbackUri(uri: string, domains: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new ApiError(400, 'INVALID_CONTINUE_URI');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ApiError(400, 'INVALID_CONTINUE_URI');
  // `http://127.0.0.1:5173@evil.example/` names evil.example: userinfo is never legitimate here.
  if (url.username || url.password) throw new ApiError(400, UNAUTHORIZED_DOMAIN_DETAIL);
  const hostname = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (!domains.includes(hostname)) throw new ApiError(400, UNAUTHORIZED_DOMAIN_DETAIL);
  return url;
}

function isIpLiteral(hostname: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.includes(':');
}

export interface ControlPolicy {
  /** Origins (scheme://host[:port]) allowed to call the control API cross-origin. */
  origins: readonly string[];
  /** When set, control requests need `Authorization: Bearer <token>`. */
  token: string | undefined;
  /** Hostnames besides loopback names and IP literals that may appear in the Host header. */
  hosts: readonly string[];
}

export type ControlVerdict =
  | { allowed: true; corsOrigin: string | undefined }
  | { allowed: false; status: 401 | 403; detail: string };

/**
 * Decides whether a control request may be answered. Requests without an Origin header (curl, test
 * runners, in-process `emulator.fetch`, same-origin GETs) pass; a browser request from another
 * origin passes only when that origin is configured. The Host check stops DNS rebinding: a page on
 * `evil.example` that resolves to 127.0.0.1 sends `Host: evil.example`.
 */
export function checkControlRequest(request: Request, policy: ControlPolicy): ControlVerdict {
  const url = new URL(request.url);
  const host = request.headers.get('host');
  if (host !== null) {
    const hostname = hostnameOf(host);
    const known =
      hostname === 'localhost' ||
      hostname.endsWith('.localhost') ||
      isIpLiteral(hostname) ||
      policy.hosts.includes(hostname);
    if (!known)
      return {
        allowed: false,
        status: 403,
        detail: `Host "${host}" is not allowed to use the emulator's control API`,
      };
  }
  const origin = request.headers.get('origin');
  let corsOrigin: string | undefined;
  if (origin !== null && origin !== url.origin) {
    if (!policy.origins.includes(origin))
      return {
        allowed: false,
        status: 403,
        detail: `Origin ${origin} may not use the emulator's control API (allow it with --control-origin)`,
      };
    corsOrigin = origin;
  }
  if (policy.token !== undefined && request.method !== 'OPTIONS') {
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match || !constantTimeEqual(match[1] ?? '', policy.token))
      return {
        allowed: false,
        status: 401,
        detail: 'The control API needs "Authorization: Bearer <control token>"',
      };
  }
  return { allowed: true, corsOrigin };
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** `http://host:port` of a configured public origin, checked and without a trailing slash. */
export function normalizeOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RangeError(`public origin must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RangeError(`public origin must be an absolute http(s) URL, got "${value}"`);
  return url.origin;
}

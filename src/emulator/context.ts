/**
 * What every route module needs: resolved options, the data store, tokens, clock, and the small
 * helpers shared by several endpoints (body parsing, bearer auth, issuing tokens).
 */
import type { Context } from 'hono';
import type { AccountRecord, EmulatorLinks, Role, SignInMethod } from './types.js';
import type { EmulatorStore } from './store.js';
import type { TokenService } from './tokens.js';
import type { FaultRegistry } from './faults.js';
import type { Transactions } from './transactions.js';
import type { SignInLockout } from './lockout.js';
import { ApiError, EXPIRED_ID_TOKEN_DETAIL } from './errors.js';
import { newRefreshToken } from './random.js';
import { isAcceptableEmail } from './emailAddress.js';

export interface ResolvedOptions {
  projectId: string;
  tokenTtlSeconds: number;
  adminToken: string;
  passwordHashIterations: number;
  oobCodeTtlSeconds: number;
  links: EmulatorLinks;
  emailEnumerationProtection: boolean;
  latencyMs: number;
  roles: Role[];
  maxBodyBytes: number;
  requestLogSize: number;
  /** Base of links and authUri; undefined: the origin of the request (in-process use only). */
  publicOrigin: () => string | undefined;
  /** Hostnames a callBackUri may use (defaults included, lowercase). */
  authorizedDomains: readonly string[];
  controlOrigins: readonly string[];
  controlToken: string | undefined;
  allowedHosts: readonly string[];
  oauthTtlSeconds: number;
  lockoutAttempts: number;
  lockoutWindowSeconds: number;
}

export interface EmulatorContext {
  options: ResolvedOptions;
  store: EmulatorStore;
  tokens: TokenService;
  faults: FaultRegistry;
  now(): number;
  transactions: Transactions;
  lockout: SignInLockout;
}

export type JsonBody = Record<string, unknown>;

/**
 * Where links and the consent page live. Servers always configure it (the listen address, the Vite
 * dev server's origin), so the Host header is never used; only in-process callers, whose request
 * URL is their own choice, fall back to it.
 */
export function publicOrigin(c: Context, ctx: EmulatorContext): string {
  return ctx.options.publicOrigin() ?? new URL(c.req.url).origin;
}

/** An address that may be stored (see emailAddress.ts). */
export function isValidEmail(value: unknown): value is string {
  return isAcceptableEmail(value);
}

/** A field counts as given only when it is a non-empty string. */
export function str(body: JsonBody, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Reads the body as text, stopping at `maxBytes`: a declared or streamed body over the limit gets
 * 413 without being read to its end (a 10 MB body costs the limit, not 10 MB).
 */
export async function readText(c: Context, maxBytes: number): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > maxBytes) throw new ApiError(413, 'Request body is too large');
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ApiError(413, 'Request body is too large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Reads the body as JSON whatever the content-type (curl's `--data` sends form content-type). An
 * empty body is `{}` so missing fields get the endpoint's own 422 rather than a parse error.
 */
export async function readJson(c: Context, maxBytes: number): Promise<JsonBody> {
  const text = await readText(c, maxBytes);
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'Request body must be valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError(400, 'Request body must be valid JSON');
  }
  return parsed as JsonBody;
}

/**
 * The spec names `x-authorization`, the public SDK sends `Authorization`: accept both. Expired
 * tokens get 403 with the hosted API's exact sentence, so clients can refresh and retry once.
 */
export async function requireUser(c: Context, ctx: EmulatorContext): Promise<AccountRecord> {
  const header = c.req.header('x-authorization') ?? c.req.header('authorization');
  if (!header) throw new ApiError(401, 'No auth token provided');
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw new ApiError(401, 'Invalid auth token');
  const result = await ctx.tokens.verify(match[1]);
  if (!result.ok) {
    if (result.reason === 'expired') throw new ApiError(403, EXPIRED_ID_TOKEN_DETAIL);
    throw new ApiError(401, 'Invalid auth token');
  }
  const account = ctx.store.accounts.get(result.claims.sub);
  if (!account) throw new ApiError(401, 'Invalid auth token: the user no longer exists');
  if (account.disabled) throw new ApiError(400, 'USER_DISABLED');
  return account;
}

export interface IssuedTokens {
  idToken: string;
  refreshToken: string;
  expiresIn: string;
}

/** Signs the account in: fresh `auth_time`, new refresh token, id token. */
export async function issueTokens(
  ctx: EmulatorContext,
  account: AccountRecord,
  provider: SignInMethod,
): Promise<IssuedTokens> {
  const nowMs = ctx.now();
  const authTime = Math.floor(nowMs / 1000);
  const idToken = await ctx.tokens.sign(account, provider, authTime);
  const refreshToken = newRefreshToken();
  ctx.store.refreshTokens.set(refreshToken, {
    token: refreshToken,
    uid: account.uid,
    authTime,
    signInProvider: provider,
    createdAt: nowMs,
    revoked: false,
  });
  // update(): the account may come from iterating the table, which the change log does not see.
  ctx.store.accounts.update(account.uid, (record) => (record.lastSignInAt = nowMs));
  ctx.store.touch();
  return { idToken, refreshToken, expiresIn: String(ctx.options.tokenTtlSeconds) };
}

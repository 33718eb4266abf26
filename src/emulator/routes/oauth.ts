/**
 * OAuth without the internet: auth-url points at the emulator's own consent page, the consent page
 * redirects to the app's callBackUri with a one-time credential, and sign-in/idp redeems it. One
 * OAuth handshake (`OAuthHandshakeRecord`) ties the three steps together, as the hosted API does
 * against session fixation; its id travels as the API's `sessionId`, and OAuth's `state`
 * parameter finds it again on the consent page.
 */
import type { Context, Hono } from 'hono';
import type { EmulatorContext } from '../context.js';
import { isValidEmail, issueTokens, publicOrigin, readJson, readText, str } from '../context.js';
import { ApiError } from '../errors.js';
import { checkCallbackUri } from '../origins.js';
import { AUTHORIZE_PATH, PROVIDERS, isProviderId, redirectWith, splitName } from '../oauth.js';
import { SAMPLE_IDENTITIES, renderConsentPage, renderErrorPage } from '../consentPage.js';
import { defaultDisplayName, newAccount, newProviderLink } from '../accounts.js';
import { normalizeEmail } from '../store.js';
import { requireSignInMethod } from '../settings.js';
import { newOpaque, newSessionId } from '../random.js';
import type { OAuthGrantRecord, OAuthHandshakeRecord } from '../types.js';
import { AUTH_BASE } from './password.js';

function idpError(reason: string): ApiError {
  return new ApiError(400, `INVALID_IDP_RESPONSE : ${reason}`);
}

function findHandshakeByState(
  ctx: EmulatorContext,
  state: string,
): OAuthHandshakeRecord | undefined {
  for (const handshake of ctx.store.oauthHandshakes.values())
    if (handshake.state === state && !handshake.used && !isExpired(ctx, handshake.createdAt))
      return handshake;
  return undefined;
}

/** Handshakes and credentials live `oauthTtlSeconds` (default 10 minutes, like an OAuth code). */
function isExpired(ctx: EmulatorContext, createdAt: number): boolean {
  return ctx.now() >= createdAt + ctx.options.oauthTtlSeconds * 1000;
}

const lastSweep = new WeakMap<EmulatorContext, number>();

/** Drops expired handshakes and credentials, at most once per TTL, so they cannot pile up. */
function sweepExpired(ctx: EmulatorContext): void {
  const now = ctx.now();
  const ttlMs = ctx.options.oauthTtlSeconds * 1000;
  if (now - (lastSweep.get(ctx) ?? -Infinity) < ttlMs) return;
  lastSweep.set(ctx, now);
  for (const [id, handshake] of ctx.store.oauthHandshakes)
    if (isExpired(ctx, handshake.createdAt)) ctx.store.oauthHandshakes.delete(id);
  for (const [credential, grant] of ctx.store.oauthGrants)
    if (isExpired(ctx, grant.createdAt)) ctx.store.oauthGrants.delete(credential);
}

function htmlPage(c: Context, html: string, status: 200 | 400 | 422): Response {
  return c.html(html, status);
}

export function registerOAuthRoutes(app: Hono, ctx: EmulatorContext): void {
  const { store, options } = ctx;

  app.post(`${AUTH_BASE}/sign-in/auth-url`, async (c) => {
    const body = await readJson(c, options.maxBodyBytes);
    const providerId = str(body, 'providerId');
    const callBackUri = str(body, 'callBackUri');
    if (!providerId || !callBackUri)
      throw new ApiError(422, 'No providerId or callBackUri provided');
    if (!isProviderId(providerId))
      throw new ApiError(400, 'INVALID_PROVIDER_ID : Provider Id is not supported.');
    requireSignInMethod(store, providerId);
    checkCallbackUri(callBackUri, options.authorizedDomains);
    sweepExpired(ctx);
    const provider = PROVIDERS[providerId];
    const handshake: OAuthHandshakeRecord = {
      sessionId: newSessionId(),
      providerId,
      callBackUri,
      state: newOpaque(48),
      createdAt: ctx.now(),
      used: false,
    };
    store.oauthHandshakes.set(handshake.sessionId, handshake);
    store.touch();
    // The consent page is on the emulator's public origin (never taken from the Host header).
    const authUri = new URL(AUTHORIZE_PATH, publicOrigin(c, ctx));
    authUri.searchParams.set('provider', providerId);
    authUri.searchParams.set('response_type', provider.responseType);
    authUri.searchParams.set('client_id', `emulator-${options.projectId}`);
    authUri.searchParams.set('redirect_uri', callBackUri);
    authUri.searchParams.set('state', handshake.state);
    authUri.searchParams.set('scope', provider.scope);
    // `kind` as the SDK's recorded answers show it (Identity Toolkit's createAuthUri).
    return c.json({
      data: {
        kind: 'identitytoolkit#CreateAuthUriResponse',
        authUri: authUri.toString(),
        providerId,
        sessionId: handshake.sessionId,
      },
    });
  });

  app.post(`${AUTH_BASE}/sign-in/idp`, async (c) => {
    const body = await readJson(c, options.maxBodyBytes);
    const sessionId = str(body, 'sessionId');
    const providerId = str(body, 'providerId');
    const callBackUri = str(body, 'callBackUri');
    if (!sessionId || !providerId || !callBackUri)
      throw new ApiError(422, 'No sessionId, providerId or callBackUri provided');
    if (isProviderId(providerId)) requireSignInMethod(store, providerId);
    const handshake = store.oauthHandshakes.get(sessionId);
    if (!handshake || handshake.used) throw idpError('Unknown or already used sessionId');
    if (isExpired(ctx, handshake.createdAt)) throw idpError('The sign-in session has expired');
    if (handshake.providerId !== providerId)
      throw idpError('providerId does not match the session');
    if (handshake.callBackUri !== callBackUri)
      throw idpError('callBackUri does not match the session');
    // Google and Facebook: the token wins over the code. GitHub only ever returns a code.
    const credential =
      providerId === 'github.com' ? str(body, 'code') : (str(body, 'token') ?? str(body, 'code'));
    if (!credential) throw idpError('Missing token or code');
    const grant = store.oauthGrants.get(credential);
    if (!grant || grant.used || grant.sessionId !== sessionId || grant.providerId !== providerId) {
      throw idpError('Unknown or already used token or code');
    }
    if (isExpired(ctx, grant.createdAt)) throw idpError('The token or code has expired');
    // Both consumed in the same synchronous step as the checks: one redemption, however many race.
    grant.used = true;
    handshake.used = true;
    store.touch();

    const { identity } = grant;
    const displayName = identity.displayName;
    const { firstName, lastName } = splitName(displayName);
    let account = [...store.accounts.values()].find((a) =>
      a.providers.some((link) => link.providerId === providerId && link.email === identity.email),
    );
    const rawUserInfo = (rawId: string) =>
      JSON.stringify({
        id: rawId,
        email: identity.email,
        name: displayName,
        given_name: firstName,
        family_name: lastName,
        picture: identity.photoUrl,
        verified_email: true,
      });
    const common = {
      providerId,
      emailVerified: true,
      email: identity.email,
      firstName,
      lastName,
      fullName: displayName,
      displayName,
      photoUrl: identity.photoUrl,
    };

    if (!account) {
      const existing = store.findByEmail(identity.email);
      if (existing) {
        // Same email, different sign-in method: the app must ask the user to sign in the old way
        // and link. No handshake is created.
        return c.json({
          data: {
            ...common,
            localId: '',
            rawUserInfo: rawUserInfo(''),
            idToken: '',
            refreshToken: '',
            expiresIn: '0',
            needConfirmation: true,
          },
        });
      }
      const newLink = newProviderLink(providerId, identity.email, displayName, identity.photoUrl);
      account = newAccount({
        email: identity.email,
        emailVerified: true,
        providers: [newLink],
        displayName,
        photoUrl: identity.photoUrl,
        createdAt: ctx.now(),
      });
      store.accounts.set(account.uid, account);
      store.touch();
    }
    if (account.disabled) throw new ApiError(400, 'USER_DISABLED');
    const rawId = account.providers.find((l) => l.providerId === providerId)?.rawId ?? '';
    const issued = await issueTokens(ctx, account, providerId);
    return c.json({
      data: {
        ...common,
        localId: account.uid,
        rawUserInfo: rawUserInfo(rawId),
        ...issued,
        needConfirmation: false,
      },
    });
  });

  app.get(AUTHORIZE_PATH, (c) => {
    const stateParam = c.req.query('state') ?? '';
    const handshake = findHandshakeByState(ctx, stateParam);
    if (!handshake)
      return htmlPage(
        c,
        renderErrorPage(
          'This sign-in link is unknown, expired or was already used. Start the sign-in again from the app.',
        ),
        400,
      );
    return htmlPage(
      c,
      renderConsentPage({
        provider: PROVIDERS[handshake.providerId],
        state: handshake.state,
        redirectUri: handshake.callBackUri,
      }),
      200,
    );
  });

  app.post(AUTHORIZE_PATH, async (c) => {
    const form = new URLSearchParams(await readText(c, options.maxBodyBytes));
    const handshake = findHandshakeByState(ctx, form.get('state') ?? '');
    if (!handshake)
      return htmlPage(
        c,
        renderErrorPage(
          'This sign-in link is unknown, expired or was already used. Start the sign-in again from the app.',
        ),
        400,
      );
    const provider = PROVIDERS[handshake.providerId];
    if (form.get('action') === 'cancel') {
      return c.redirect(
        redirectWith(handshake.callBackUri, provider, {
          error: 'access_denied',
          state: handshake.state,
        }),
        302,
      );
    }
    const sampleIndex = form.get('sample');
    const sample = sampleIndex !== null ? SAMPLE_IDENTITIES[Number(sampleIndex)] : undefined;
    const email = (sample?.email ?? form.get('email') ?? '').trim();
    const displayName = (sample?.displayName ?? form.get('displayName') ?? '').trim();
    if (!isValidEmail(email)) {
      const page = renderConsentPage({
        provider,
        state: handshake.state,
        redirectUri: handshake.callBackUri,
        email,
        displayName,
        error: 'Enter a valid email address.',
      });
      return htmlPage(c, page, 422);
    }
    const grant: OAuthGrantRecord = {
      credential: newOpaque(32),
      sessionId: handshake.sessionId,
      providerId: handshake.providerId,
      identity: {
        email: normalizeEmail(email),
        displayName: displayName || defaultDisplayName(email),
        photoUrl: form.get('photoUrl') ?? '',
      },
      createdAt: ctx.now(),
      used: false,
    };
    store.oauthGrants.set(grant.credential, grant);
    store.touch();
    return c.redirect(
      redirectWith(handshake.callBackUri, provider, {
        [provider.param]: grant.credential,
        state: handshake.state,
      }),
      302,
    );
  });
}

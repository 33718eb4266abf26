/** Routes about an existing account: change email, delete, look up providers, roles. */
import type { Hono } from 'hono';
import type { EmulatorContext } from '../context.js';
import { publicOrigin, isValidEmail, readJson, requireUser, str } from '../context.js';
import {
  ApiError,
  EMAIL_ALREADY_IN_USE,
  INVALID_EMAIL_OR_PASSWORD,
  NO_EMAIL_PROVIDED,
  noContent,
} from '../errors.js';
import { normalizeEmail, signInMethods } from '../store.js';
import { sendMail } from '../outbox.js';
import { newSessionId } from '../random.js';
import { AUTH_BASE } from './password.js';

export function registerProfileRoutes(app: Hono, ctx: EmulatorContext): void {
  const { store, options } = ctx;

  app.post(`${AUTH_BASE}/update-email`, async (c) => {
    const account = await requireUser(c, ctx);
    const body = await readJson(c, options.maxBodyBytes);
    const email = str(body, 'email');
    if (!isValidEmail(email)) throw new ApiError(422, INVALID_EMAIL_OR_PASSWORD);
    const normalized = normalizeEmail(email);
    const owner = store.findByEmail(normalized);
    if (owner && owner.uid !== account.uid) throw new ApiError(422, EMAIL_ALREADY_IN_USE);
    if (normalized !== account.email) {
      account.email = normalized;
      account.emailVerified = false;
      // An email change is a "major account change" (Firebase, Manage user sessions): older
      // refresh tokens answer TOKEN_EXPIRED; already-issued id tokens stay valid until they expire.
      store.revokeRefreshTokens(account.uid);
      sendMail(store, options.links, ctx.now(), options.oobCodeTtlSeconds, {
        kind: 'verifyEmail',
        uid: account.uid,
        email: normalized,
        origin: publicOrigin(c, ctx),
      });
    }
    return noContent();
  });

  app.delete(AUTH_BASE, async (c) => {
    const account = await requireUser(c, ctx);
    store.deleteAccount(account.uid);
    return noContent();
  });

  app.post(`${AUTH_BASE}/email-providers`, async (c) => {
    const body = await readJson(c, options.maxBodyBytes);
    const email = str(body, 'email');
    if (!email) throw new ApiError(422, NO_EMAIL_PROVIDED);
    const account = store.findByEmail(email);
    const methods = account ? signInMethods(account) : [];
    return c.json({
      data: {
        kind: 'identitytoolkit#CreateAuthUriResponse',
        allProviders: methods,
        registered: account !== undefined,
        sessionId: newSessionId(),
        signinMethods: methods,
      },
    });
  });

  app.get(`${AUTH_BASE}/roles`, (c) => {
    if (c.req.header('deskree-admin') !== options.adminToken) {
      throw new ApiError(401, 'Unauthorized: a valid deskree-admin token is required');
    }
    return c.json({ data: store.roles.map((role) => ({ uid: role.uid, name: role.name })) });
  });
}

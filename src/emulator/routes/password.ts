/** Email + password accounts: signup, sign-in, password change. */
import type { Hono } from 'hono';
import type { EmulatorContext } from '../context.js';
import { publicOrigin, isValidEmail, issueTokens, readJson, requireUser, str } from '../context.js';
import {
  ApiError,
  EMAIL_ALREADY_IN_USE,
  INVALID_EMAIL_OR_PASSWORD,
  WEAK_PASSWORD,
  noContent,
} from '../errors.js';
import { requireSignInMethod } from '../settings.js';
import { hashPassword, isWeakPassword, verifyPassword } from '../passwords.js';
import { newAccount } from '../accounts.js';
import { normalizeEmail } from '../emailAddress.js';
import { sendMail } from '../outbox.js';

export const AUTH_BASE = '/api/v1/auth/accounts';

export function registerPasswordRoutes(app: Hono, ctx: EmulatorContext): void {
  const { store, options } = ctx;

  app.post(`${AUTH_BASE}/signup`, async (c) => {
    const body = await readJson(c, options.maxBodyBytes);
    const email = str(body, 'email');
    const password = str(body, 'password');
    requireSignInMethod(store, 'password');
    if (!isValidEmail(email) || !password) throw new ApiError(422, INVALID_EMAIL_OR_PASSWORD);
    if (isWeakPassword(password)) throw new ApiError(400, WEAK_PASSWORD);
    if (store.findByEmail(email)) throw new ApiError(422, EMAIL_ALREADY_IN_USE);
    const passwordHash = await hashPassword(password, options.passwordHashIterations);
    // Re-check: another signup for the same email may have finished while we were hashing.
    if (store.findByEmail(email)) throw new ApiError(422, EMAIL_ALREADY_IN_USE);
    const account = newAccount({ email, passwordHash, createdAt: ctx.now() });
    store.accounts.set(account.uid, account);
    store.touch();
    sendMail(store, options.links, ctx.now(), options.oobCodeTtlSeconds, {
      kind: 'verifyEmail',
      uid: account.uid,
      email: account.email,
      origin: publicOrigin(c, ctx),
    });
    const issued = await issueTokens(ctx, account, 'password');
    return c.json({
      data: {
        uid: account.uid,
        email: account.email,
        emailVerified: account.emailVerified,
        disabled: account.disabled,
        ...issued,
      },
    });
  });

  app.post(`${AUTH_BASE}/sign-in/email`, async (c) => {
    const body = await readJson(c, options.maxBodyBytes);
    const email = str(body, 'email');
    const password = str(body, 'password');
    // Not recorded for sign-in; the signup answer is the evidence, so both share it.
    requireSignInMethod(store, 'password');
    if (!email || !password) throw new ApiError(422, INVALID_EMAIL_OR_PASSWORD);
    const hidden = options.emailEnumerationProtection;
    const key = normalizeEmail(email);
    ctx.lockout.check(key, ctx.now());
    const account = store.findByEmail(email);
    if (!account) {
      ctx.lockout.failed(key, ctx.now());
      throw new ApiError(400, hidden ? 'INVALID_LOGIN_CREDENTIALS' : 'EMAIL_NOT_FOUND');
    }
    // Invited users have no password yet; the hosted API reports them as disabled.
    if (account.disabled) throw new ApiError(400, 'USER_DISABLED');
    if (!(await verifyPassword(password, account.passwordHash))) {
      ctx.lockout.failed(key, ctx.now());
      throw new ApiError(400, hidden ? 'INVALID_LOGIN_CREDENTIALS' : 'INVALID_PASSWORD');
    }
    ctx.lockout.clear(key);
    const issued = await issueTokens(ctx, account, 'password');
    return c.json({
      data: {
        uid: account.uid,
        email: account.email,
        emailVerified: account.emailVerified,
        disabled: account.disabled,
        ...issued,
      },
    });
  });

  app.post(`${AUTH_BASE}/update-password`, async (c) => {
    const account = await requireUser(c, ctx);
    const body = await readJson(c, options.maxBodyBytes);
    const oldPassword = str(body, 'oldPassword');
    const newPassword = str(body, 'newPassword');
    if (!oldPassword || !newPassword) throw new ApiError(422, INVALID_EMAIL_OR_PASSWORD);
    if (!(await verifyPassword(oldPassword, account.passwordHash)))
      throw new ApiError(400, 'INVALID_PASSWORD');
    if (isWeakPassword(newPassword)) throw new ApiError(400, WEAK_PASSWORD);
    account.passwordHash = await hashPassword(newPassword, options.passwordHashIterations);
    // Like Identity Platform: a password change ends every session of the user, this one included
    // (its id token stays valid until it expires). No tokens come back: "No content".
    store.revokeRefreshTokens(account.uid);
    return noContent();
  });
}

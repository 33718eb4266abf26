/** Exchanging a refresh token for a new id token (Google's securetoken shape, snake_case). */
import type { Hono } from 'hono';
import type { EmulatorContext } from '../context.js';
import { readJson, str } from '../context.js';
import { ApiError } from '../errors.js';
import { AUTH_BASE } from './password.js';

export function registerTokenRoutes(app: Hono, ctx: EmulatorContext): void {
  app.post(`${AUTH_BASE}/token/refresh`, async (c) => {
    const body = await readJson(c, ctx.options.maxBodyBytes);
    const refreshToken = str(body, 'refresh_token');
    if (!refreshToken) throw new ApiError(422, 'No refresh_token provided');
    const record = ctx.store.refreshTokens.get(refreshToken);
    if (!record) throw new ApiError(400, 'INVALID_REFRESH_TOKEN');
    const account = ctx.store.accounts.get(record.uid);
    if (!account) throw new ApiError(400, 'USER_NOT_FOUND');
    if (record.revoked) throw new ApiError(400, 'TOKEN_EXPIRED');
    if (account.disabled) throw new ApiError(400, 'USER_DISABLED');
    // Same session: keep auth_time and provider, re-read the account so claims are current.
    const idToken = await ctx.tokens.sign(account, record.signInProvider, record.authTime);
    return c.json({
      data: {
        access_token: idToken,
        expires_in: String(ctx.options.tokenTtlSeconds),
        token_type: 'Bearer',
        refresh_token: record.token,
        id_token: idToken,
        user_id: account.uid,
      },
    });
  });
}

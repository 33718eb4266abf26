/**
 * The Hono application: CORS, latency and faults in front of the Deskree routes and the control
 * API, with one error handler so every failure leaves in the hosted API's envelope.
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { EmulatorContext } from './context.js';
import {
  ApiError,
  INTERNAL_ERROR_DETAIL,
  NetworkFaultError,
  errorEnvelope,
  reasonPhrase,
} from './errors.js';
import { sleep } from './faults.js';
import { checkControlRequest, isControlPath } from './origins.js';
import type { Emulator } from './types.js';
import { registerPasswordRoutes } from './routes/password.js';
import { registerProfileRoutes } from './routes/profile.js';
import { registerEmailLinkRoutes } from './routes/emailLinks.js';
import { registerTokenRoutes } from './routes/token.js';
import { registerOAuthRoutes } from './routes/oauth.js';
import { CONTROL_BASE, registerControlRoutes } from './routes/control.js';
import { registerInboxRoutes } from './routes/inbox.js';

/** Control routes that must keep working whatever faults are active (or nobody can clear them). */
const UNFAULTABLE = /^\/emulator\/v1\/(accounts|outbox|faults|requests|clock|settings)(\/|$)/;

export function createApp(ctx: EmulatorContext, emulator: () => Emulator): Hono {
  const app = new Hono();

  // First: the inbox page is same-origin only (no CORS headers) and never faulted or delayed.
  registerInboxRoutes(app, ctx, emulator);

  const corsFor = (origin: string) =>
    cors({
      origin,
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      allowHeaders: ['content-type', 'x-authorization', 'authorization', 'deskree-admin'],
      maxAge: 600,
    });
  const openCors = corsFor('*');

  // The Deskree API is open to every origin; the control surface only to its own and configured ones.
  app.use('*', async (c, next) => {
    if (!isControlPath(c.req.path)) return openCors(c, next);
    const { options } = ctx;
    const publicOrigin = options.publicOrigin();
    const verdict = checkControlRequest(c.req.raw, {
      origins: options.controlOrigins,
      token: options.controlToken,
      hosts: [
        ...options.allowedHosts,
        ...[publicOrigin, ...options.controlOrigins].flatMap((origin) =>
          origin ? [new URL(origin).hostname] : [],
        ),
      ],
    });
    if (!verdict.allowed) {
      return c.json(errorEnvelope(verdict.status, verdict.detail), verdict.status);
    }
    if (verdict.corsOrigin) return corsFor(verdict.corsOrigin)(c, next);
    return next();
  });

  app.use('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/v1/auth/')) await sleep(ctx.options.latencyMs);
    if (UNFAULTABLE.test(path)) return next();
    const fault = ctx.faults.take(c.req.method, path);
    if (!fault) return next();
    await sleep(fault.latencyMs ?? 0);
    if (fault.network) throw new NetworkFaultError();
    const status = fault.status ?? (fault.latencyMs !== undefined ? undefined : 500);
    if (status === undefined) return next();
    throw new ApiError(
      status,
      fault.detail ?? (status >= 500 ? INTERNAL_ERROR_DETAIL : reasonPhrase(status)),
    );
  });

  // After the faults: a slow or failing request must not hold the others back.
  app.use('*', async (c, next) => {
    const method = c.req.method;
    if (method === 'OPTIONS' || method === 'HEAD') return next();
    try {
      await ctx.transactions.run(
        async () => {
          await next();
          return c.res.status;
        },
        // A server error (a bug, a key that cannot sign...) leaves nothing behind.
        (status) => status < 500,
        { write: method !== 'GET' },
      );
    } catch (error) {
      if (error instanceof NetworkFaultError) throw error;
      console.error('[deskree-auth-emulator] could not store a change', error);
      c.res = c.json(errorEnvelope(500, INTERNAL_ERROR_DETAIL), 500);
    }
  });

  registerPasswordRoutes(app, ctx);
  registerProfileRoutes(app, ctx);
  registerEmailLinkRoutes(app, ctx);
  registerTokenRoutes(app, ctx);
  registerOAuthRoutes(app, ctx);
  registerControlRoutes(app, ctx, emulator);

  app.notFound((c) => {
    const path = c.req.path;
    const allowed = app.routes
      .filter((r) => r.path === path && r.method !== 'ALL')
      .map((r) => r.method);
    if (allowed.length > 0) {
      const allow = [...new Set(allowed), 'OPTIONS'].join(', ');
      c.header('allow', allow);
      return c.json(
        errorEnvelope(405, `Method ${c.req.method} is not allowed on ${path}. Allowed: ${allow}`),
        405,
      );
    }
    return c.json(errorEnvelope(404, 'Not Found'), 404);
  });

  app.onError((error, c) => {
    // Rethrown so the caller can drop the connection (or reject the in-process fetch).
    if (error instanceof NetworkFaultError) throw error;
    if (error instanceof ApiError) {
      for (const [key, value] of Object.entries(error.headers)) c.header(key, value);
      return c.json(errorEnvelope(error.status, error.detail), error.status as 400);
    }
    console.error('[deskree-auth-emulator] unexpected error', error);
    return c.json(errorEnvelope(500, INTERNAL_ERROR_DETAIL), 500);
  });

  return app;
}

export { CONTROL_BASE };

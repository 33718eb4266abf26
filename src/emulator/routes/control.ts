/**
 * `/emulator/v1/*`: the documented control API for tests, the playground and other processes.
 * These routes are not part of Deskree's API and are never delayed or faulted.
 */
import type { Hono } from 'hono';
import type { EmulatorContext } from '../context.js';
import { readJson, str } from '../context.js';
import { ApiError } from '../errors.js';
import { isProviderId } from '../oauth.js';
import { seedAccount } from '../accounts.js';
import { toAccountView } from '../store.js';
import { parseSignInMethods, readSettings, writeSettings } from '../settings.js';
import type { Emulator, Fault, OAuthProviderId, SeedAccount } from '../types.js';

export const CONTROL_BASE = '/emulator/v1';

/** Validates a fault as `POST /faults` takes it (also used by the inbox page's form). */
export function parseFault(body: Record<string, unknown>): Fault {
  const path = str(body, 'path');
  if (!path || !path.startsWith('/'))
    throw new ApiError(422, 'A fault needs a "path" starting with "/"');
  const fault: Fault = { path };
  const method = str(body, 'method');
  if (method) fault.method = method.toUpperCase();
  for (const key of ['status', 'count', 'latencyMs'] as const) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new ApiError(422, `"${key}" must be a non-negative number`);
    fault[key] = value;
  }
  if (fault.status !== undefined && (fault.status < 400 || fault.status > 599))
    throw new ApiError(422, '"status" must be an HTTP error status (400-599)');
  const detail = str(body, 'detail');
  if (detail) fault.detail = detail;
  if (body.network === true) fault.network = true;
  return fault;
}

/** Validates a seed as `POST /accounts` takes it (also used by the inbox page's form). */
export function parseSeed(body: Record<string, unknown>): SeedAccount {
  const email = str(body, 'email');
  if (!email) throw new ApiError(422, 'No email address provided');
  const seed: SeedAccount = { email };
  const password = str(body, 'password');
  if (password) seed.password = password;
  const displayName = str(body, 'displayName');
  if (displayName) seed.displayName = displayName;
  if (typeof body.emailVerified === 'boolean') seed.emailVerified = body.emailVerified;
  if (typeof body.disabled === 'boolean') seed.disabled = body.disabled;
  if (Array.isArray(body.providers)) {
    const providers: OAuthProviderId[] = [];
    for (const value of body.providers) {
      if (typeof value !== 'string' || !isProviderId(value))
        throw new ApiError(422, `Unsupported provider: ${String(value)}`);
      providers.push(value);
    }
    seed.providers = providers;
  }
  return seed;
}

export function registerControlRoutes(
  app: Hono,
  ctx: EmulatorContext,
  emulator: () => Emulator,
): void {
  const { options } = ctx;

  app.get(`${CONTROL_BASE}/accounts`, (c) => c.json({ data: emulator().accounts() }));

  app.post(`${CONTROL_BASE}/accounts`, async (c) => {
    const seed = parseSeed(await readJson(c, options.maxBodyBytes));
    try {
      // Not emulator().createAccount: that takes the transaction lock this request already holds.
      return c.json({ data: toAccountView(await seedAccount(ctx, seed)) }, 201);
    } catch (error) {
      throw new ApiError(400, error instanceof Error ? error.message : String(error));
    }
  });

  app.delete(`${CONTROL_BASE}/accounts`, (c) => {
    emulator().reset();
    return c.json({ data: { reset: true } });
  });

  app.delete(`${CONTROL_BASE}/accounts/:uid`, (c) => {
    const uid = c.req.param('uid');
    if (!ctx.store.deleteAccount(uid)) throw new ApiError(404, `No account with uid ${uid}`);
    return c.json({ data: { uid } });
  });

  app.get(`${CONTROL_BASE}/outbox`, (c) => {
    const to = c.req.query('to');
    const mails = emulator().outbox();
    return c.json({ data: to ? mails.filter((m) => m.to === to.trim().toLowerCase()) : mails });
  });

  app.delete(`${CONTROL_BASE}/outbox`, (c) => {
    emulator().clearOutbox();
    return c.json({ data: { cleared: true } });
  });

  app.get(`${CONTROL_BASE}/faults`, (c) => c.json({ data: ctx.faults.list() }));

  app.post(`${CONTROL_BASE}/faults`, async (c) => {
    const fault = parseFault(await readJson(c, options.maxBodyBytes));
    ctx.faults.add(fault);
    return c.json({ data: fault }, 201);
  });

  app.delete(`${CONTROL_BASE}/faults`, (c) => {
    ctx.faults.clear();
    return c.json({ data: { cleared: true } });
  });

  app.get(`${CONTROL_BASE}/requests`, (c) => c.json({ data: emulator().requests() }));

  app.delete(`${CONTROL_BASE}/requests`, (c) => {
    emulator().clearRequests();
    return c.json({ data: { cleared: true } });
  });

  const clockView = () => {
    const { clock } = emulator();
    return { data: { now: clock.now(), offsetMs: clock.offsetMs } };
  };

  app.get(`${CONTROL_BASE}/clock`, (c) => c.json(clockView()));

  app.post(`${CONTROL_BASE}/clock`, async (c) => {
    const { advanceMs } = await readJson(c, options.maxBodyBytes);
    if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0) {
      throw new ApiError(422, '"advanceMs" must be a non-negative number');
    }
    emulator().clock.advance(advanceMs);
    return c.json(clockView());
  });

  app.delete(`${CONTROL_BASE}/clock`, (c) => {
    emulator().clock.reset();
    return c.json(clockView());
  });

  // The project's auth settings: which sign-in methods are enabled (see settings.ts).
  app.get(`${CONTROL_BASE}/settings`, (c) => c.json({ data: readSettings(ctx.store) }));

  app.post(`${CONTROL_BASE}/settings`, async (c) => {
    const body = await readJson(c, options.maxBodyBytes);
    let signInMethods;
    try {
      signInMethods = parseSignInMethods(body.signInMethods);
    } catch (error) {
      throw new ApiError(422, error instanceof Error ? error.message : String(error));
    }
    return c.json({ data: writeSettings(ctx.store, { signInMethods }) });
  });

  app.get(`${CONTROL_BASE}/jwks.json`, async (c) => c.json(await ctx.tokens.jwks()));
}

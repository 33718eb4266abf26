/**
 * `/emulator/` (and `/emulator/ui`): the inbox page and its form posts. Each action calls the same
 * in-process function as the control API (`emulator.reset()`, `clock.advance()`, `parseFault`...),
 * then answers 303 back to the page (post/redirect/get), or re-renders the page with the problem.
 * Registered before the CORS middleware, so no response of the page carries CORS headers, and
 * before faults, so a fault on `*` cannot lock anyone out of the page that clears it.
 */
import type { Context, Hono } from 'hono';
import type { EmulatorContext } from '../context.js';
import { ApiError } from '../errors.js';
import { InboxGuard, TOKEN_REQUIRED } from '../inboxGuard.js';
import type { InboxGuardOptions } from '../inboxGuard.js';
import {
  CLOCK_UNITS,
  INBOX_ACTIONS,
  INBOX_ALIAS,
  INBOX_PATH,
  INBOX_ROW_LIMIT,
  renderInboxPage,
  renderRefusalPage,
  renderSignInPage,
} from '../inboxPage.js';
import type {
  ClockUnit,
  InboxForm,
  InboxMail,
  InboxNotice,
  InboxPageInput,
  InboxProblem,
} from '../inboxPage.js';
import { newOpaque } from '../random.js';
import { normalizeEmail } from '../store.js';
import type { Emulator, Mail } from '../types.js';
import { parseFault, parseSeed } from './control.js';

/** What each successful action says on the page it redirects to (fixed sentences: nothing reflected). */
const DONE = {
  seeded: { section: 'accounts', message: 'Account seeded.' },
  deleted: { section: 'accounts', message: 'Account deleted.' },
  reset: {
    section: 'accounts',
    message:
      'The emulator was reset: no accounts, mails or faults, and the clock runs on real time.',
  },
  'mails-cleared': { section: 'mails', message: 'All mails were cleared.' },
  'clock-advanced': { section: 'clock', message: 'The clock moved forward.' },
  'clock-reset': { section: 'clock', message: 'The clock is back to real time.' },
  'fault-added': { section: 'faults', message: 'Fault added.' },
  'faults-cleared': { section: 'faults', message: 'All faults were cleared.' },
} satisfies Record<string, InboxNotice>;

type DoneKey = keyof typeof DONE;

/** A refused form: its message is shown in the form, with what was typed. */
class FormProblem extends Error {
  constructor(
    readonly form: InboxForm,
    message: string,
    readonly values: Record<string, string> = {},
  ) {
    super(message);
  }
}

function pageHeaders(nonce: string): Record<string, string> {
  return {
    'content-security-policy': `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
    'referrer-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin',
  };
}

async function readForm(c: Context, maxBytes: number): Promise<URLSearchParams> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded'))
    throw new ApiError(415, 'The inbox page only takes form posts');
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > maxBytes) throw new ApiError(413, 'Request body is too large');
  const buffer = await c.req.arrayBuffer();
  if (buffer.byteLength > maxBytes) throw new ApiError(413, 'Request body is too large');
  return new URLSearchParams(new TextDecoder().decode(buffer));
}

/** `''` and missing fields are "not given"; anything else goes to the control API's own checks. */
function optionalNumber(form: URLSearchParams, name: string): number | undefined {
  const raw = form.get(name)?.trim();
  return raw ? Number(raw) : undefined;
}

function formValues(form: URLSearchParams, names: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const given = form.get(name);
    if (given !== null) values[name] = given;
  }
  return values;
}

function mailStatus(ctx: EmulatorContext, mail: Mail, now: number): InboxMail {
  const code = ctx.store.oobCodes.get(mail.oobCode);
  const account = code ? ctx.store.accounts.get(code.uid) : undefined;
  if (!code || !account || account.email !== code.email) return { mail, status: 'void' };
  if (code.used) return { mail, status: 'used' };
  if (now >= code.expiresAt) return { mail, status: 'expired' };
  return { mail, status: 'active', expiresAt: code.expiresAt };
}

/**
 * The control API's token, when the emulator was started with one (the `controlToken` option,
 * `--control-token`): the page then asks for it too. Read defensively so the page follows whatever
 * token the options carry, and stays open only when there is none.
 */
function configuredControlToken(options: EmulatorContext['options']): string | undefined {
  const { controlToken } = options as { controlToken?: unknown };
  return typeof controlToken === 'string' && controlToken !== '' ? controlToken : undefined;
}

export function registerInboxRoutes(
  app: Hono,
  ctx: EmulatorContext,
  emulator: () => Emulator,
  options: InboxGuardOptions = {},
): void {
  const controlToken = options.controlToken ?? configuredControlToken(ctx.options);
  const guard = new InboxGuard(controlToken ? { controlToken } : {});
  const maxBytes = ctx.options.maxBodyBytes;

  const html = (c: Context, body: string, nonce: string, status: 200 | 401 | 403 | 422) =>
    c.html(body, status, pageHeaders(nonce));

  const refusal = (c: Context, message: string) => {
    const nonce = newOpaque(16);
    return html(c, renderRefusalPage(nonce, message), nonce, 403);
  };

  const signInPage = (c: Context, problem?: string) => {
    const nonce = newOpaque(16);
    const page = renderSignInPage({
      formToken: guard.formToken,
      nonce,
      ...(problem ? { problem } : {}),
    });
    return html(c, page, nonce, 401);
  };

  const inboxPage = (
    c: Context,
    extra: { notice?: InboxNotice; problem?: InboxProblem; filter?: string },
    status: 200 | 422,
  ) => {
    const { clock } = emulator();
    const now = clock.now();
    const all = emulator().outbox().reverse();
    const filter = extra.filter ? normalizeEmail(extra.filter) : '';
    const nonce = newOpaque(16);
    const openInvites = new Set(
      [...ctx.store.oobCodes.values()]
        .filter((code) => code.kind === 'invite' && !code.used && now < code.expiresAt)
        .map((code) => code.uid),
    );
    const matching = all.filter((mail) => !filter || mail.to === filter);
    // Newest first; reversed before the (stable) sort so accounts created in the same ms are too.
    const accounts = emulator()
      .accounts()
      .reverse()
      .sort((a, b) => b.createdAt - a.createdAt);
    const input: InboxPageInput = {
      projectId: ctx.options.projectId,
      apiBaseUrl: `${new URL(c.req.url).origin}/api/v1/`,
      formToken: guard.formToken,
      nonce,
      now,
      offsetMs: clock.offsetMs,
      mails: matching.slice(0, INBOX_ROW_LIMIT).map((mail) => mailStatus(ctx, mail, now)),
      matchingMails: matching.length,
      totalMails: all.length,
      recipients: [...new Set(all.map((mail) => mail.to))].slice(0, INBOX_ROW_LIMIT),
      accounts: accounts.slice(0, INBOX_ROW_LIMIT).map((account) => ({
        account,
        invited: account.disabled && openInvites.has(account.uid),
      })),
      totalAccounts: accounts.length,
      faults: ctx.faults.list(),
      ...(filter ? { filter } : {}),
      ...(extra.notice ? { notice: extra.notice } : {}),
      ...(extra.problem ? { problem: extra.problem } : {}),
    };
    return html(c, renderInboxPage(input), nonce, status);
  };

  const showPage = (c: Context) => {
    const verdict = guard.checkRead(c.req.raw);
    if (!verdict.ok)
      return verdict.reason === TOKEN_REQUIRED
        ? signInPage(c)
        : refusal(c, `Refused: ${verdict.reason}.`);
    const done = c.req.query('done');
    const notice = done && Object.hasOwn(DONE, done) ? DONE[done as DoneKey] : undefined;
    const filter = c.req.query('to')?.trim();
    return inboxPage(c, { ...(notice ? { notice } : {}), ...(filter ? { filter } : {}) }, 200);
  };

  app.get(INBOX_PATH, showPage);
  app.get(INBOX_ALIAS, showPage);
  app.get('/emulator', (c) => c.redirect(INBOX_PATH, 308));
  // No CORS here: a preflight from another origin gets no permission to post.
  app.on('OPTIONS', [INBOX_PATH, INBOX_ALIAS, `${INBOX_ACTIONS}/*`], (c) => c.body(null, 403));

  app.post(`${INBOX_ACTIONS}/session`, async (c) => {
    const form = await readForm(c, maxBytes);
    const verdict = guard.checkForm(c.req.raw, form);
    if (!verdict.ok) return refusal(c, `Refused: ${verdict.reason}.`);
    const cookie = guard.signIn(form.get('token'));
    if (!cookie)
      return signInPage(c, 'That is not the control token this emulator was started with.');
    c.header('set-cookie', cookie);
    return c.redirect(INBOX_PATH, 303);
  });

  /** One form action: guarded, then run; success redirects with a notice, a FormProblem re-renders. */
  const action = (
    path: string,
    run: (form: URLSearchParams) => DoneKey | Promise<DoneKey>,
    section: string,
  ) => {
    app.post(`${INBOX_ACTIONS}/${path}`, async (c) => {
      const form = await readForm(c, maxBytes);
      const verdict = guard.checkWrite(c.req.raw, form);
      if (!verdict.ok)
        return verdict.reason === TOKEN_REQUIRED
          ? signInPage(c)
          : refusal(c, `Refused: ${verdict.reason}.`);
      try {
        const done = await run(form);
        return c.redirect(`${INBOX_PATH}?done=${done}#${section}`, 303);
      } catch (error) {
        if (!(error instanceof FormProblem)) throw error;
        const { form: which, message, values } = error;
        return inboxPage(c, { problem: { form: which, message, values } }, 422);
      }
    });
  };

  action(
    'accounts',
    async (form): Promise<DoneKey> => {
      const values = formValues(form, ['email', 'displayName', 'emailVerified', 'disabled']);
      for (const id of form.getAll('providers')) values[`provider:${id}`] = 'on';
      try {
        const seed = parseSeed({
          email: form.get('email')?.trim() ?? '',
          password: form.get('password') ?? '',
          displayName: form.get('displayName') ?? '',
          emailVerified: form.has('emailVerified'),
          disabled: form.has('disabled'),
          providers: form.getAll('providers'),
        });
        await emulator().createAccount(seed);
      } catch (error) {
        const message = error instanceof ApiError ? error.detail : (error as Error).message;
        throw new FormProblem('seed', message, values);
      }
      return 'seeded';
    },
    'accounts',
  );

  action(
    'accounts/delete',
    async (form): Promise<DoneKey> => {
      let deleted = false;
      // Its own journal record, stored before the page answers (the page runs outside requests' transactions).
      await ctx.transactions.commitDetached(() => {
        deleted = ctx.store.deleteAccount(form.get('uid') ?? '');
      });
      if (!deleted) throw new FormProblem('other', 'That account no longer exists.');
      return 'deleted';
    },
    'accounts',
  );

  action(
    'reset',
    () => {
      emulator().reset();
      return 'reset';
    },
    'accounts',
  );

  action(
    'outbox/clear',
    () => {
      emulator().clearOutbox();
      return 'mails-cleared';
    },
    'mails',
  );

  action(
    'clock/advance',
    (form) => {
      const values = formValues(form, ['amount', 'unit']);
      const amount = Number(form.get('amount')?.trim() || Number.NaN);
      const unit = form.get('unit') ?? '';
      if (!Object.hasOwn(CLOCK_UNITS, unit))
        throw new FormProblem('clock', 'Pick seconds, minutes, hours or days.', values);
      const ms = amount * CLOCK_UNITS[unit as ClockUnit];
      if (!Number.isFinite(ms) || ms < 0)
        throw new FormProblem('clock', 'Type a number of 0 or more.', values);
      emulator().clock.advance(ms);
      return 'clock-advanced';
    },
    'clock',
  );

  action(
    'clock/reset',
    () => {
      emulator().clock.reset();
      return 'clock-reset';
    },
    'clock',
  );

  action(
    'faults',
    (form) => {
      const values = formValues(form, [
        'path',
        'method',
        'status',
        'detail',
        'count',
        'latencyMs',
        'network',
      ]);
      try {
        const fault = parseFault({
          path: form.get('path')?.trim() ?? '',
          method: form.get('method') ?? '',
          detail: form.get('detail') ?? '',
          status: optionalNumber(form, 'status'),
          count: optionalNumber(form, 'count'),
          latencyMs: optionalNumber(form, 'latencyMs'),
          network: form.has('network'),
        });
        ctx.faults.add(fault);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        throw new FormProblem('fault', error.detail, values);
      }
      return 'fault-added';
    },
    'faults',
  );

  action(
    'faults/clear',
    () => {
      ctx.faults.clear();
      return 'faults-cleared';
    },
    'faults',
  );
}

/**
 * The inbox page (`/emulator/`) over the emulator's own fetch: what it shows, that every value is
 * escaped, that each form does what the control API does, and that cross-site posts change nothing.
 * Browser behaviour (clicking, axe, themes) is in test/e2e/inbox.test.ts.
 */
import { Hono } from 'hono';
import { createTestEmulator } from '../../helpers/emulator';
import { signUp } from '../../helpers/emulatorRequests';
import type { Emulator } from '../../../src/emulator';
import {
  formatDuration,
  formatTime,
  renderInboxPage,
  type InboxPageInput,
} from '../../../src/emulator/inboxPage';
import { registerInboxRoutes } from '../../../src/emulator/routes/inbox';
import { EmulatorStore } from '../../../src/emulator/store';
import { FaultRegistry } from '../../../src/emulator/faults';
import type { EmulatorContext } from '../../../src/emulator/context';

const ORIGIN = 'http://127.0.0.1:9099';
const MARKUP_EMAIL = '<img/src/onerror=alert(1)>@example.com';

let emulator: Emulator;
beforeEach(() => {
  ({ emulator } = createTestEmulator());
});

async function getPage(path = '/emulator/', init: RequestInit = {}) {
  const response = await emulator.fetch(`${ORIGIN}${path}`, init);
  const html = await response.text();
  return { response, html, doc: new DOMParser().parseFromString(html, 'text/html') };
}

async function formToken(): Promise<string> {
  const { doc } = await getPage();
  const token = doc.querySelector<HTMLInputElement>('input[name=formToken]')?.value;
  if (!token) throw new Error('the page has no form token');
  return token;
}

/** Posts a form the way Chromium does from the page: same-origin Fetch Metadata and Origin. */
async function submit(
  action: string,
  fields: Record<string, string | string[]>,
  headers: Record<string, string> = {},
) {
  const body = new URLSearchParams();
  body.set('formToken', await formToken());
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
  return emulator.fetch(`${ORIGIN}/emulator/ui/${action}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
      origin: ORIGIN,
      ...headers,
    },
    body: body.toString(),
  });
}

function text(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('GET /emulator/', () => {
  it('serves one HTML page with a section per tool, same-origin only', async () => {
    const { response, doc } = await getPage();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    // The style and the one script carry the nonce the policy names; nothing else may run.
    const nonce = doc.querySelector('style')?.getAttribute('nonce');
    expect(nonce).toMatch(/^[\w-]{20,}$/);
    expect(csp).toContain(`style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`);
    expect([...doc.querySelectorAll('script')].map((el) => el.getAttribute('nonce'))).toEqual([
      nonce,
    ]);
    // A new nonce per response.
    expect((await getPage()).doc.querySelector('style')?.getAttribute('nonce')).not.toBe(nonce);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Mails',
      'Accounts',
      'Clock',
      'Faults',
    ]);
    expect(doc.querySelector('main h1')?.textContent).toBe('Emulator inbox');
    expect(text(doc, 'main > p')).toContain(`API base URL ${ORIGIN}/api/v1/`);
  });

  it('is also at /emulator/ui, and /emulator redirects to it', async () => {
    expect((await getPage('/emulator/ui')).response.status).toBe(200);
    const redirect = await emulator.fetch(`${ORIGIN}/emulator`, { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/emulator/');
  });

  it('refuses a host a DNS-rebinding site could use', async () => {
    const { response, doc } = await getPage();
    expect(response.status).toBe(200);
    const foreign = await emulator.fetch('http://evil.example:9099/emulator/');
    expect(foreign.status).toBe(403);
    const html = await foreign.text();
    expect(html).toContain('only served on localhost or an IP address');
    expect(html).not.toContain('formToken');
    expect(doc.querySelector('input[name=formToken]')).not.toBeNull();
  });

  it('lists mails newest first with their link as an anchor, and filters by recipient', async () => {
    await signUp(emulator, 'first@example.com');
    await signUp(emulator, 'second@example.com');
    const { doc } = await getPage();
    const rows = [...doc.querySelectorAll('#mails tbody tr')];
    expect(rows.map((row) => row.querySelectorAll('td')[1]?.textContent)).toEqual([
      'second@example.com',
      'first@example.com',
    ]);
    const mail = emulator.outbox().find((m) => m.to === 'second@example.com');
    const anchor = rows[0]?.querySelector<HTMLAnchorElement>('td:nth-child(4) a');
    expect(anchor?.getAttribute('href')).toBe(mail?.link);
    expect(anchor?.textContent).toBe('Verify email link for second@example.com');
    expect(text(doc, '#mails tbody tr td:nth-child(5) .status')).toBe('Unused');
    expect(text(doc, '#mails tbody tr td:nth-child(5) .muted')).toMatch(/^expires in 59 min/);

    const filtered = (await getPage('/emulator/?to=FIRST@example.com')).doc;
    expect(
      [...filtered.querySelectorAll('#mails tbody tr')].map(
        (row) => row.querySelectorAll('td')[1]?.textContent,
      ),
    ).toEqual(['first@example.com']);
    expect(filtered.querySelector<HTMLInputElement>('#to')?.value).toBe('first@example.com');
    expect(text(filtered, '#mails caption')).toBe('Mails to first@example.com, newest first');
  });

  it('shows whether a mailed code was used or has expired', async () => {
    await signUp(emulator, 'used@example.com');
    const mail = emulator.outbox()[0];
    await emulator.fetch(`${ORIGIN}/api/v1/auth/accounts/verify/email`, {
      method: 'POST',
      body: JSON.stringify({ oobCode: mail?.oobCode, uid: mail?.uid }),
    });
    await signUp(emulator, 'late@example.com');
    emulator.clock.advance(3600 * 1000);
    const { doc } = await getPage();
    const statuses = [...doc.querySelectorAll('#mails tbody tr')].map(
      (row) => row.querySelector('td:nth-child(5)')?.textContent,
    );
    expect(statuses).toEqual(['Expired', 'Used']);
    expect(text(doc, '#clock dl div:nth-child(2) dd')).toBe('+1 h');
  });

  it('lists accounts: verified, disabled (invited), sign-in methods, created', async () => {
    await emulator.createAccount({
      email: 'g@example.com',
      emailVerified: true,
      providers: ['google.com'],
      password: 'secret1',
    });
    const admin = await signUp(emulator, 'admin@example.com');
    await emulator.fetch(`${ORIGIN}/api/v1/auth/accounts/invite`, {
      method: 'POST',
      headers: { 'x-authorization': `Bearer ${admin.idToken}` },
      body: JSON.stringify({ email: 'invitee@example.com' }),
    });
    const { doc } = await getPage();
    const rows = [...doc.querySelectorAll('#accounts tbody tr')].map((row) =>
      [...row.children].slice(0, 4).map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['invitee@example.com', 'No', 'Disabled (invited)', 'none'],
      ['admin@example.com', 'No', 'Active', 'Password'],
      ['g@example.com', 'Yes', 'Active', 'Password, Google'],
    ]);
    expect(doc.querySelector('#accounts tbody time')?.getAttribute('datetime')).toMatch(
      /^\d{4}-\d\d-\d\dT/,
    );
  });
});

describe('a long-running emulator', () => {
  it('shows the newest 200 mails and accounts, and says how many there are', async () => {
    for (let i = 0; i < 205; i++) {
      await emulator.fetch(`${ORIGIN}/emulator/v1/accounts`, {
        method: 'POST',
        body: JSON.stringify({ email: `user${i}@example.com` }),
      });
    }
    for (let i = 0; i < 203; i++) {
      await emulator.fetch(`${ORIGIN}/api/v1/auth/accounts/password-reset`, {
        method: 'POST',
        body: JSON.stringify({ email: `user${i % 3}@example.com` }),
      });
    }
    const { doc } = await getPage();
    expect(doc.querySelectorAll('#mails tbody tr')).toHaveLength(200);
    expect(doc.querySelectorAll('#accounts tbody tr')).toHaveLength(200);
    expect(text(doc, '#mails p.muted')).toBe(
      'Showing the newest 200 of 203 mails. Filter by recipient to find older ones.',
    );
    expect(text(doc, '#accounts p.muted')).toContain('Showing the newest 200 of 205 accounts.');
    expect(text(doc, 'nav')).toBe('Mails (203) Accounts (205) Clock Faults (0)');
    expect(text(doc, '#accounts tbody th')).toBe('user204@example.com');
    const filtered = (await getPage('/emulator/?to=user1@example.com')).doc;
    expect(filtered.querySelectorAll('#mails tbody tr')).toHaveLength(68);
    expect(filtered.querySelector('#mails p.muted')).toBeNull();
  });
});

describe('escaping', () => {
  it('shows an email, a display name and a fault carrying markup as text', async () => {
    await emulator.createAccount({ email: MARKUP_EMAIL, displayName: '<b>Bold</b> "quoted"' });
    await emulator.fetch(`${ORIGIN}/api/v1/auth/accounts/password-reset`, {
      method: 'POST',
      body: JSON.stringify({ email: MARKUP_EMAIL }),
    });
    emulator.faults.add({ path: '/x"><script>alert(3)</script>', detail: '<i>detail</i>' });
    const { html, doc } = await getPage();
    expect(doc.querySelectorAll('img, b, i, main script')).toHaveLength(0);
    expect(html).not.toContain('<img');
    expect(doc.querySelector('#accounts tbody th')?.firstChild?.textContent).toBe(MARKUP_EMAIL);
    expect(text(doc, '#accounts tbody th .muted')).toBe('<b>Bold</b> "quoted"');
    expect(text(doc, '#mails tbody td:nth-child(2)')).toBe(MARKUP_EMAIL);
    expect(text(doc, '#faults tbody td:nth-child(2)')).toBe('/x"><script>alert(3)</script>');
    expect(text(doc, '#faults tbody td:nth-child(3)')).toBe('answers 500 “<i>detail</i>”');
    // The filter link keeps the address intact through the URL.
    const filter = doc.querySelector('#mails tbody td:nth-child(2) a')?.getAttribute('href');
    expect(new URL(filter ?? '', ORIGIN).searchParams.get('to')).toBe(MARKUP_EMAIL);
  });

  it('makes an anchor only of http(s) links, and escapes a reflected filter', () => {
    const input: InboxPageInput = {
      projectId: 'p"><b>x</b>',
      apiBaseUrl: 'http://127.0.0.1/api/v1/',
      formToken: 't',
      nonce: 'n',
      now: 0,
      offsetMs: 0,
      mails: [
        {
          mail: {
            id: '1',
            to: 'a@example.com',
            kind: 'verifyEmail',
            subject: '',
            text: '',
            link: 'javascript:alert(1)',
            oobCode: 'c',
            uid: 'u',
            sentAt: new Date(0).toISOString(),
          },
          status: 'active',
        },
      ],
      matchingMails: 1,
      totalMails: 1,
      recipients: ['a@example.com'],
      filter: '"><script>alert(1)</script>',
      accounts: [],
      totalAccounts: 0,
      faults: [],
    };
    const doc = new DOMParser().parseFromString(renderInboxPage(input), 'text/html');
    expect(doc.querySelector('#mails tbody a[href^="javascript"]')).toBeNull();
    expect(text(doc, '#mails tbody td:nth-child(4)')).toBe('javascript:alert(1)');
    expect(doc.querySelectorAll('main script, b')).toHaveLength(0);
    expect(doc.querySelector<HTMLInputElement>('#to')?.value).toBe(input.filter);
    expect(text(doc, 'main > p code')).toBe('p"><b>x</b>');
  });
});

describe('forms', () => {
  it('seeds an account, then redirects to the page with a notice', async () => {
    const response = await submit('accounts', {
      email: 'seed@example.com',
      password: 'secret1',
      displayName: 'Seed',
      emailVerified: 'on',
      providers: ['github.com'],
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/emulator/?done=seeded#accounts');
    expect(emulator.accounts()).toEqual([
      expect.objectContaining({
        email: 'seed@example.com',
        displayName: 'Seed',
        emailVerified: true,
        disabled: false,
        providers: ['password', 'github.com'],
      }),
    ]);
    const { doc } = await getPage('/emulator/?done=seeded');
    expect(text(doc, '#accounts [role=status]')).toBe('Account seeded.');
    // An unknown notice key shows nothing (nothing from the URL is reflected).
    expect((await getPage('/emulator/?done=<b>x</b>')).doc.querySelector('[role=status]')).toBe(
      null,
    );
  });

  it('re-renders a refused seed with the reason tied to the field and the values kept', async () => {
    await emulator.createAccount({ email: 'taken@example.com' });
    const response = await submit('accounts', {
      email: 'taken@example.com',
      displayName: 'Again',
      disabled: 'on',
    });
    expect(response.status).toBe(422);
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    expect(text(doc, '#seed-problem')).toBe(
      'EMAIL_EXISTS: taken@example.com already has an account',
    );
    expect(doc.querySelector('#seed-problem')?.getAttribute('role')).toBe('alert');
    const email = doc.querySelector<HTMLInputElement>('#seed-email');
    expect(email?.value).toBe('taken@example.com');
    expect(email?.getAttribute('aria-invalid')).toBe('true');
    expect(email?.getAttribute('aria-describedby')).toBe('seed-problem');
    expect(doc.querySelector<HTMLInputElement>('#seed-name')?.value).toBe('Again');
    expect(doc.querySelector<HTMLInputElement>('input[name=disabled]')?.checked).toBe(true);
    expect(emulator.accounts()).toHaveLength(1);
  });

  it('deletes one account and revokes its sessions', async () => {
    const user = await signUp(emulator, 'gone@example.com');
    await signUp(emulator, 'stays@example.com');
    const response = await submit('accounts/delete', { uid: user.uid });
    expect(response.headers.get('location')).toBe('/emulator/?done=deleted#accounts');
    expect(emulator.accounts().map((a) => a.email)).toEqual(['stays@example.com']);
    const refresh = await emulator.fetch(`${ORIGIN}/api/v1/auth/token/refresh`, {
      method: 'POST',
      body: JSON.stringify({ refreshToken: user.refreshToken }),
    });
    expect(refresh.status).toBeGreaterThanOrEqual(400);
    const again = await submit('accounts/delete', { uid: user.uid });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('That account no longer exists.');
  });

  it('resets everything: accounts, mails, faults and the clock', async () => {
    await signUp(emulator, 'x@example.com');
    emulator.faults.add({ path: '/api/v1/auth/accounts/sign-in/email' });
    emulator.clock.advance(60_000);
    const response = await submit('reset', {});
    expect(response.headers.get('location')).toBe('/emulator/?done=reset#accounts');
    expect(emulator.accounts()).toEqual([]);
    expect(emulator.outbox()).toEqual([]);
    expect(emulator.faults.list()).toEqual([]);
    expect(emulator.clock.offsetMs).toBe(0);
  });

  it('clears the mails only', async () => {
    await signUp(emulator, 'x@example.com');
    expect((await submit('outbox/clear', {})).headers.get('location')).toBe(
      '/emulator/?done=mails-cleared#mails',
    );
    expect(emulator.outbox()).toEqual([]);
    expect(emulator.accounts()).toHaveLength(1);
  });

  it('advances the clock by an amount and unit, refuses nonsense, and resets it', async () => {
    const response = await submit('clock/advance', { amount: '1.5', unit: 'hours' });
    expect(response.headers.get('location')).toBe('/emulator/?done=clock-advanced#clock');
    expect(emulator.clock.offsetMs).toBe(5_400_000);
    for (const [amount, unit, message] of [
      ['-1', 'hours', 'Type a number of 0 or more.'],
      ['', 'hours', 'Type a number of 0 or more.'],
      ['abc', 'days', 'Type a number of 0 or more.'],
      ['1', 'weeks', 'Pick seconds, minutes, hours or days.'],
      ['1', 'constructor', 'Pick seconds, minutes, hours or days.'],
    ] as const) {
      const refused = await submit('clock/advance', { amount, unit });
      expect(refused.status).toBe(422);
      const doc = new DOMParser().parseFromString(await refused.text(), 'text/html');
      expect(text(doc, '#clock-problem')).toBe(message);
      expect(doc.querySelector('#clock-amount')?.getAttribute('value')).toBe(amount);
    }
    expect(emulator.clock.offsetMs).toBe(5_400_000);
    expect((await submit('clock/reset', {})).headers.get('location')).toBe(
      '/emulator/?done=clock-reset#clock',
    );
    expect(emulator.clock.offsetMs).toBe(0);
  });

  it('adds a fault through the control API’s own checks, and clears them', async () => {
    const response = await submit('faults', {
      path: '/api/v1/auth/accounts/sign-in/email',
      method: 'POST',
      status: '503',
      detail: 'Down',
      count: '2',
      latencyMs: '',
    });
    expect(response.headers.get('location')).toBe('/emulator/?done=fault-added#faults');
    expect(emulator.faults.list()).toEqual([
      {
        path: '/api/v1/auth/accounts/sign-in/email',
        method: 'POST',
        status: 503,
        detail: 'Down',
        count: 2,
      },
    ]);
    const refused = await submit('faults', { path: '/x', status: '200' });
    expect(refused.status).toBe(422);
    const doc = new DOMParser().parseFromString(await refused.text(), 'text/html');
    expect(text(doc, '#fault-problem')).toBe('"status" must be an HTTP error status (400-599)');
    expect(doc.querySelector<HTMLInputElement>('#fault-path')?.value).toBe('/x');
    expect(text(doc, '#faults tbody')).toContain('answers 503 “Down”');

    expect((await submit('faults', { path: 'no-slash' })).status).toBe(422);
    expect((await submit('faults', { path: '/net', network: 'on' })).status).toBe(303);
    expect((await submit('faults', { path: '/slow', latencyMs: '200' })).status).toBe(303);
    const rows = (await getPage()).doc.querySelectorAll('#faults tbody tr td:nth-child(3)');
    expect([...rows].map((cell) => cell.textContent)).toEqual([
      'answers 503 “Down”',
      'drops the connection',
      'waits 200 ms, then answers normally',
    ]);
    await submit('faults/clear', {});
    expect(emulator.faults.list()).toEqual([]);
  });

  it('keeps working while a fault matches every path', async () => {
    emulator.faults.add({ path: '*', status: 500, count: 100 });
    expect((await getPage()).response.status).toBe(200);
    expect((await submit('faults/clear', {})).status).toBe(303);
    expect(emulator.faults.list()).toEqual([]);
  });
});

describe('cross-site requests change nothing', () => {
  beforeEach(async () => {
    await signUp(emulator, 'victim@example.com');
  });

  it.each([
    ['a cross-site post', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    [
      'a post from another local port',
      { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:5173' },
    ],
    ['a post with a foreign Origin only', { 'sec-fetch-site': '', origin: 'https://evil.example' }],
  ])('%s is refused with 403', async (_name, headers) => {
    const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''));
    const body = new URLSearchParams({ formToken: await formToken() });
    const response = await emulator.fetch(`${ORIGIN}/emulator/ui/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...clean },
      body: body.toString(),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await response.text()).toContain('Refused: the request came from another');
    expect(emulator.accounts()).toHaveLength(1);
  });

  it('a same-origin post without this start’s form token is refused', async () => {
    const response = await emulator.fetch(`${ORIGIN}/emulator/ui/reset`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        origin: ORIGIN,
      },
      body: 'formToken=guessed',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('from an earlier start of the emulator');
    expect(emulator.accounts()).toHaveLength(1);
  });

  it('a JSON post (what a fetch() from a script would send) is refused', async () => {
    const response = await emulator.fetch(`${ORIGIN}/emulator/ui/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ formToken: await formToken() }),
    });
    expect(response.status).toBe(415);
    expect(emulator.accounts()).toHaveLength(1);
  });

  it('a preflight gets no CORS permission', async () => {
    const response = await emulator.fetch(`${ORIGIN}/emulator/ui/reset`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
      },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('DELETE /emulator/v1/accounts/:uid', () => {
  it('deletes one account, 404 for an unknown uid', async () => {
    const user = await signUp(emulator, 'one@example.com');
    const response = await emulator.fetch(`${ORIGIN}/emulator/v1/accounts/${user.uid}`, {
      method: 'DELETE',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { uid: user.uid } });
    expect(emulator.accounts()).toEqual([]);
    const missing = await emulator.fetch(`${ORIGIN}/emulator/v1/accounts/${user.uid}`, {
      method: 'DELETE',
    });
    expect(missing.status).toBe(404);
  });
});

describe('formatting', () => {
  it('formats durations with their two largest units and times in UTC', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(400)).toBe('400 ms');
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(5_400_000)).toBe('1 h 30 min');
    expect(formatDuration(3_600_000)).toBe('1 h');
    expect(formatDuration(2 * 86_400_000 + 3 * 3_600_000 + 5000)).toBe('2 d 3 h');
    expect(formatTime(Date.UTC(2024, 4, 1, 12, 34, 56))).toBe('2024-05-01 12:34:56 UTC');
  });
});

describe('with a control token', () => {
  // The routes on their own app, given the token the way app.ts passes the control API's one.
  let app: Hono;
  beforeEach(() => {
    const ctx = {
      options: { projectId: 'demo', maxBodyBytes: 100 * 1024 },
      store: new EmulatorStore([]),
      faults: new FaultRegistry(),
    } as unknown as EmulatorContext;
    app = new Hono();
    registerInboxRoutes(app, ctx, () => emulator, { controlToken: 'sesame' });
  });

  const post = (action: 'session' | 'reset', fields: Record<string, string>, cookie = '') =>
    app.request(`${ORIGIN}/emulator/ui/${action}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        origin: ORIGIN,
        ...(cookie ? { cookie } : {}),
      },
      body: new URLSearchParams(fields).toString(),
    });

  it('asks for the token instead of showing the inbox, then opens it with a session cookie', async () => {
    await signUp(emulator, 'private@example.com');
    const first = await app.request(`${ORIGIN}/emulator/`);
    expect(first.status).toBe(401);
    const html = await first.text();
    expect(html).toContain('Control token required');
    expect(html).not.toContain('private@example.com');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('label[for=control-token]')?.textContent).toBe('Control token');
    const formToken = doc.querySelector<HTMLInputElement>('input[name=formToken]')?.value ?? '';

    const wrong = await post('session', { formToken, token: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(await wrong.text()).toContain('That is not the control token');

    const right = await post('session', { formToken, token: 'sesame' });
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toBe('/emulator/');
    const cookie = right.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^deskree_emulator_inbox=/);
    expect(cookie).not.toContain('sesame');

    const page = await app.request(`${ORIGIN}/emulator/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('private@example.com');
    const bearer = await app.request(`${ORIGIN}/emulator/`, {
      headers: { authorization: 'Bearer sesame' },
    });
    expect(bearer.status).toBe(200);
    // The token in a URL opens nothing.
    expect((await app.request(`${ORIGIN}/emulator/?token=sesame`)).status).toBe(401);
    // A rebinding host gets neither the inbox nor the sign-in form (nor its form token).
    const foreign = await app.request('http://evil.example:9099/emulator/');
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).not.toContain('formToken');
  });

  it('refuses a form without the session, even with the form token', async () => {
    await signUp(emulator, 'kept@example.com');
    const doc = new DOMParser().parseFromString(
      await (await app.request(`${ORIGIN}/emulator/`)).text(),
      'text/html',
    );
    const formToken = doc.querySelector<HTMLInputElement>('input[name=formToken]')?.value ?? '';
    const refused = await post('reset', { formToken });
    expect(refused.status).toBe(401);
    expect(emulator.accounts()).toHaveLength(1);

    const cookie =
      (await post('session', { formToken, token: 'sesame' })).headers
        .get('set-cookie')
        ?.split(';')[0] ?? '';
    expect((await post('reset', { formToken }, cookie)).status).toBe(303);
    expect(emulator.accounts()).toEqual([]);
  });
});

/**
 * The emulator's inbox page (`/emulator/`): mails, accounts, clock and faults on one server-rendered
 * page. Plain HTML and forms, so it works without JavaScript and needs no build step. Every value
 * that reaches the markup goes through `escapeHtml` (emails, names and links are user input), and
 * only http(s) links become anchors.
 */
import { escapeHtml } from './consentPage.js';
import { isHttpUrl } from './oauth.js';
import type { AccountView, Fault, Mail, MailKind, OAuthProviderId } from './types.js';

/** Where the page lives, its alias, and the base of the form actions. */
export const INBOX_PATH = '/emulator/';
export const INBOX_ALIAS = '/emulator/ui';
export const INBOX_ACTIONS = '/emulator/ui';
/** Rows shown per table: the newest ones; a long-running emulator's page stays small. */
export const INBOX_ROW_LIMIT = 200;

/** What became of the one-time code a mail carries. */
export type MailCodeStatus = 'active' | 'used' | 'expired' | 'void';

export interface InboxMail {
  mail: Mail;
  status: MailCodeStatus;
  /** Emulator time (epoch ms) when the code expires. */
  expiresAt?: number;
}

export interface InboxAccount {
  account: AccountView;
  /** Disabled because an invitation is still open (rather than seeded disabled). */
  invited: boolean;
}

/** The forms that can come back with a problem, and the sections they live in. */
export type InboxForm = 'seed' | 'clock' | 'fault' | 'signIn' | 'other';

export interface InboxProblem {
  form: InboxForm;
  message: string;
  /** What the user typed, so a refused form keeps its values. */
  values?: Record<string, string>;
}

export interface InboxNotice {
  section: 'mails' | 'accounts' | 'clock' | 'faults';
  message: string;
}

export interface InboxPageInput {
  projectId: string;
  /** The Deskree API base URL a client should use (`<origin>/api/v1/`). */
  apiBaseUrl: string;
  /** This start's form token (see inboxGuard.ts). */
  formToken: string;
  /** Nonce of the page's one style element (Content-Security-Policy). */
  nonce: string;
  /** Emulator time, epoch ms. */
  now: number;
  offsetMs: number;
  /** Newest first, filtered, at most `INBOX_ROW_LIMIT`. */
  mails: InboxMail[];
  /** Mails that match the filter (all mails without one). */
  matchingMails: number;
  totalMails: number;
  recipients: string[];
  filter?: string;
  /** Newest first, at most `INBOX_ROW_LIMIT`. */
  accounts: InboxAccount[];
  totalAccounts: number;
  faults: Fault[];
  notice?: InboxNotice;
  problem?: InboxProblem;
}

export const PROVIDER_LABELS: Record<OAuthProviderId, string> = {
  'google.com': 'Google',
  'facebook.com': 'Facebook',
  'github.com': 'GitHub',
};

const KIND_LABELS: Record<MailKind, string> = {
  verifyEmail: 'Verify email',
  resetPassword: 'Reset password',
  invite: 'Invite',
};

const STATUS_LABELS: Record<MailCodeStatus, string> = {
  active: 'Unused',
  used: 'Used',
  expired: 'Expired',
  void: 'Void',
};

export const CLOCK_UNITS = {
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
} as const;

export type ClockUnit = keyof typeof CLOCK_UNITS;

/** `2024-05-01 12:34:56 UTC`: the server does not know the reader's zone, and UTC is unambiguous. */
export function formatTime(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** `2 d 3 h`, `1 h 30 min`, `45 s`: the two largest units, enough to read an offset at a glance. */
export function formatDuration(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1000, 's'],
  ];
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(ms));
  for (const [size, label] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) parts.push(`${count} ${label}`);
    if (parts.length === 2) break;
  }
  const shown = parts.filter((part) => !part.startsWith('0 '));
  return shown.length > 0 ? shown.join(' ') : ms > 0 ? `${Math.round(ms)} ms` : '0 s';
}

/** A `<time>`; in table cells the zone is in the column header instead (`zone: false`). */
function time(epochMs: number, zone = true): string {
  const shown = zone ? formatTime(epochMs) : formatTime(epochMs).replace(/ UTC$/, '');
  return `<time datetime="${escapeHtml(new Date(epochMs).toISOString())}">${escapeHtml(shown)}</time>`;
}

/** Hidden fields every post carries. */
function formToken(input: InboxPageInput): string {
  return `<input type="hidden" name="formToken" value="${escapeHtml(input.formToken)}">`;
}

function postForm(input: InboxPageInput, action: string, body: string, className = ''): string {
  const cls = className ? ` class="${className}"` : '';
  return `<form method="post" action="${INBOX_ACTIONS}/${action}"${cls}>${formToken(input)}${body}</form>`;
}

function problemFor(input: InboxPageInput, form: InboxForm): InboxProblem | undefined {
  return input.problem?.form === form ? input.problem : undefined;
}

/** The alert shown in a refused form, and the attributes that tie its first field to it. */
function problemParts(problem: InboxProblem | undefined, id: string): [string, string] {
  if (!problem) return ['', ''];
  return [
    `<p role="alert" class="problem" id="${id}">${escapeHtml(problem.message)}</p>`,
    ` aria-invalid="true" aria-describedby="${id}" autofocus`,
  ];
}

function value(problem: InboxProblem | undefined, name: string, fallback = ''): string {
  return escapeHtml(problem?.values?.[name] ?? fallback);
}

function checked(problem: InboxProblem | undefined, name: string, fallback = false): string {
  const given = problem?.values ? problem.values[name] !== undefined : fallback;
  return given ? ' checked' : '';
}

function noticeFor(input: InboxPageInput, section: InboxNotice['section']): string {
  if (input.notice?.section !== section) return '';
  return `<p role="status" class="notice">${escapeHtml(input.notice.message)}</p>`;
}

function mailLink(item: InboxMail): string {
  const { mail } = item;
  const label = `${KIND_LABELS[mail.kind]} link`;
  if (!isHttpUrl(mail.link)) return `<code>${escapeHtml(mail.link)}</code>`;
  const url = new URL(mail.link);
  return `<a href="${escapeHtml(mail.link)}">${label}<span class="vh"> for ${escapeHtml(mail.to)}</span></a><br><span class="url">${escapeHtml(url.host + url.pathname)}</span>`;
}

function codeStatus(item: InboxMail, now: number): string {
  const label = STATUS_LABELS[item.status];
  if (item.status !== 'active' || item.expiresAt === undefined)
    return `<span class="status status-${item.status}">${label}</span>`;
  return `<span class="status status-active">${label}</span><br><span class="muted">expires in ${escapeHtml(formatDuration(item.expiresAt - now))}</span>`;
}

function filterHref(to: string): string {
  return `${INBOX_PATH}?to=${encodeURIComponent(to)}#mails`;
}

function mailsSection(input: InboxPageInput): string {
  const filter = input.filter ?? '';
  const rows = input.mails
    .map(
      (item) => `<tr>
<td>${time(Date.parse(item.mail.sentAt), false)}</td>
<td><a href="${escapeHtml(filterHref(item.mail.to))}" class="recipient" aria-label="Only mails to ${escapeHtml(item.mail.to)}">${escapeHtml(item.mail.to)}</a></td>
<td>${KIND_LABELS[item.mail.kind]}</td>
<td>${mailLink(item)}</td>
<td>${codeStatus(item, input.now)}</td>
</tr>`,
    )
    .join('\n');
  const options = input.recipients
    .map((recipient) => `<option value="${escapeHtml(recipient)}"></option>`)
    .join('');
  const empty = filter
    ? `<p>No mails to <strong>${escapeHtml(filter)}</strong>.</p>`
    : '<p>No mails yet. Sign up, ask for a password reset or invite someone in your app, and the mail shows up here.</p>';
  const table = input.mails.length
    ? `<div class="scroll"><table>
<caption class="vh">Mails${filter ? ` to ${escapeHtml(filter)}` : ''}, newest first</caption>
<thead><tr><th scope="col">Sent (UTC)</th><th scope="col">To</th><th scope="col">Kind</th><th scope="col">Link</th><th scope="col">Code</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`
    : empty;
  const more =
    input.matchingMails > input.mails.length
      ? `<p class="muted">Showing the newest ${input.mails.length} of ${input.matchingMails} mails. Filter by recipient to find older ones.</p>`
      : '';
  const clear = input.totalMails
    ? postForm(input, 'outbox/clear', '<button type="submit">Clear all mails</button>', 'inline')
    : '';
  return `<section id="mails" aria-labelledby="mails-heading">
<h2 id="mails-heading">Mails</h2>
${noticeFor(input, 'mails')}
<form method="get" action="${INBOX_PATH}" role="search" class="row" aria-label="Mails">
<label for="to">Recipient</label>
<input id="to" name="to" type="search" list="recipients" autocomplete="off" value="${escapeHtml(filter)}">
<datalist id="recipients">${options}</datalist>
<button type="submit">Filter</button>
${filter ? `<a href="${INBOX_PATH}#mails">Show all mails</a>` : ''}
<a href="${escapeHtml(filter ? filterHref(filter) : `${INBOX_PATH}#mails`)}">Refresh</a>
</form>
${table}
${more}
${clear}
</section>`;
}

function providers(account: AccountView): string {
  if (account.providers.length === 0) return '<span class="muted">none</span>';
  return account.providers
    .map((id) => (id === 'password' ? 'Password' : PROVIDER_LABELS[id]))
    .join(', ');
}

function accountsSection(input: InboxPageInput): string {
  const rows = input.accounts
    .map(({ account, invited }) => {
      const status = account.disabled
        ? `<span class="status status-disabled">Disabled${invited ? ' (invited)' : ''}</span>`
        : 'Active';
      const remove = postForm(
        input,
        'accounts/delete',
        `<input type="hidden" name="uid" value="${escapeHtml(account.uid)}"><button type="submit" class="danger">Delete<span class="vh"> ${escapeHtml(account.email)}</span></button>`,
        'inline',
      );
      const name = account.displayName
        ? `<br><span class="muted">${escapeHtml(account.displayName)}</span>`
        : '';
      return `<tr>
<th scope="row">${escapeHtml(account.email)}${name}</th>
<td>${account.emailVerified ? 'Yes' : 'No'}</td>
<td>${status}</td>
<td>${providers(account)}</td>
<td>${time(account.createdAt, false)}</td>
<td>${remove}</td>
</tr>`;
    })
    .join('\n');
  const table = input.accounts.length
    ? `<div class="scroll"><table>
<caption class="vh">Accounts</caption>
<thead><tr><th scope="col">Email</th><th scope="col">Verified</th><th scope="col">Status</th><th scope="col">Sign-in methods</th><th scope="col">Created (UTC)</th><th scope="col">Actions</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`
    : '<p>No accounts yet.</p>';
  const moreAccounts =
    input.totalAccounts > input.accounts.length
      ? `<p class="muted">Showing the newest ${input.accounts.length} of ${input.totalAccounts} accounts.</p>`
      : '';
  const problem = problemFor(input, 'seed');
  const [alert, invalid] = problemParts(problem, 'seed-problem');
  const providerBoxes = (Object.keys(PROVIDER_LABELS) as OAuthProviderId[])
    .map(
      (id) =>
        `<label class="check"><input type="checkbox" name="providers" value="${id}"${problem?.values?.[`provider:${id}`] ? ' checked' : ''}> ${PROVIDER_LABELS[id]}</label>`,
    )
    .join('\n');
  const seed = postForm(
    input,
    'accounts',
    `${alert}
<div class="fields">
<div><label for="seed-email">Email</label><input id="seed-email" name="email" type="email" required autocomplete="off" value="${value(problem, 'email')}"${invalid}></div>
<div><label for="seed-password">Password <span class="muted">(optional)</span></label><input id="seed-password" name="password" type="text" autocomplete="off" value="${value(problem, 'password')}"></div>
<div><label for="seed-name">Display name <span class="muted">(optional)</span></label><input id="seed-name" name="displayName" type="text" autocomplete="off" value="${value(problem, 'displayName')}"></div>
</div>
<div class="row">
<label class="check"><input type="checkbox" name="emailVerified"${checked(problem, 'emailVerified')}> Email verified</label>
<label class="check"><input type="checkbox" name="disabled"${checked(problem, 'disabled')}> Disabled</label>
</div>
<fieldset class="row"><legend>Linked providers</legend>
${providerBoxes}
</fieldset>
<button type="submit">Seed account</button>`,
  );
  return `<section id="accounts" aria-labelledby="accounts-heading">
<h2 id="accounts-heading">Accounts</h2>
${noticeFor(input, 'accounts')}
${table}
${moreAccounts}
<h3>Seed an account</h3>
<p class="muted">Creates the account directly: no mail is sent.</p>
${seed}
<h3>Reset everything</h3>
<p class="muted">Forgets every account, session, one-time code, mail and fault, and sets the clock back. The signing key stays, so apps keep verifying tokens.</p>
${postForm(input, 'reset', '<button type="submit" class="danger">Reset the emulator</button>')}
</section>`;
}

function clockSection(input: InboxPageInput): string {
  const problem = problemFor(input, 'clock');
  const [alert, invalid] = problemParts(problem, 'clock-problem');
  const unit = problem?.values?.unit ?? 'hours';
  const units = (Object.keys(CLOCK_UNITS) as ClockUnit[])
    .map((name) => `<option value="${name}"${name === unit ? ' selected' : ''}>${name}</option>`)
    .join('');
  return `<section id="clock" aria-labelledby="clock-heading">
<h2 id="clock-heading">Clock</h2>
${noticeFor(input, 'clock')}
<dl class="facts">
<div><dt>Emulator time</dt><dd>${time(input.now)}</dd></div>
<div><dt>Offset</dt><dd>${input.offsetMs > 0 ? `+${escapeHtml(formatDuration(input.offsetMs))}` : 'none (real time)'}</dd></div>
</dl>
<p class="muted">Moving the clock forward expires id tokens and mailed links, as waiting would. It never goes back, except by a reset.</p>
${postForm(
  input,
  'clock/advance',
  `${alert}<div class="row">
<label for="clock-amount">Advance by</label>
<input id="clock-amount" name="amount" type="number" min="0" step="any" required value="${value(problem, 'amount', '1')}"${invalid}>
<label for="clock-unit" class="vh">Unit</label>
<select id="clock-unit" name="unit">${units}</select>
<button type="submit">Advance the clock</button>
</div>`,
)}
${postForm(input, 'clock/reset', '<button type="submit">Reset the clock</button>')}
</section>`;
}

/** What a fault does, read the way app.ts applies it: delay, then drop or answer (500 by default). */
function faultEffect(fault: Fault): string {
  const parts: string[] = [];
  if (fault.latencyMs !== undefined) parts.push(`waits ${fault.latencyMs} ms`);
  const status = fault.status ?? (fault.latencyMs === undefined ? 500 : undefined);
  if (fault.network) parts.push('drops the connection');
  else if (status !== undefined)
    parts.push(`answers ${status}${fault.detail ? ` “${fault.detail}”` : ''}`);
  else parts.push('then answers normally');
  return escapeHtml(parts.join(', '));
}

function faultsSection(input: InboxPageInput): string {
  const rows = input.faults
    .map(
      (fault) => `<tr>
<td>${escapeHtml(fault.method ?? 'any')}</td>
<td><code>${escapeHtml(fault.path)}</code></td>
<td>${faultEffect(fault)}</td>
<td>${escapeHtml(String(fault.count ?? 1))}</td>
</tr>`,
    )
    .join('\n');
  const table = input.faults.length
    ? `<div class="scroll"><table>
<caption class="vh">Active faults</caption>
<thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Effect</th><th scope="col">Requests left</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
${postForm(input, 'faults/clear', '<button type="submit">Clear all faults</button>')}`
    : '<p>No active faults: every request is answered normally.</p>';
  const problem = problemFor(input, 'fault');
  const [alert] = problemParts(problem, 'fault-problem');
  const method = problem?.values?.method ?? '';
  const methods = ['', 'GET', 'POST', 'DELETE']
    .map(
      (name) =>
        `<option value="${name}"${name === method ? ' selected' : ''}>${name || 'Any'}</option>`,
    )
    .join('');
  const add = postForm(
    input,
    'faults',
    `${alert}
<div class="fields">
<div class="wide"><label for="fault-path">Path</label><input id="fault-path" name="path" type="text" required autocomplete="off" placeholder="/api/v1/auth/accounts/sign-in/email" value="${value(problem, 'path')}" aria-describedby="fault-path-hint${problem ? ' fault-problem' : ''}"${problem ? ' aria-invalid="true" autofocus' : ''}>
<p id="fault-path-hint" class="muted">An exact path, or a prefix ending in <code>*</code>.</p></div>
<div><label for="fault-method">Method</label><select id="fault-method" name="method">${methods}</select></div>
<div><label for="fault-status">Status <span class="muted">(400–599)</span></label><input id="fault-status" name="status" type="number" min="400" max="599" value="${value(problem, 'status')}"></div>
<div><label for="fault-detail">Detail</label><input id="fault-detail" name="detail" type="text" autocomplete="off" value="${value(problem, 'detail')}"></div>
<div><label for="fault-count">Requests</label><input id="fault-count" name="count" type="number" min="1" value="${value(problem, 'count', '1')}"></div>
<div><label for="fault-latency">Delay (ms)</label><input id="fault-latency" name="latencyMs" type="number" min="0" value="${value(problem, 'latencyMs')}"></div>
</div>
<div class="row"><label class="check"><input type="checkbox" name="network"${checked(problem, 'network')}> Drop the connection (network error)</label></div>
<button type="submit">Add fault</button>`,
  );
  return `<section id="faults" aria-labelledby="faults-heading">
<h2 id="faults-heading">Faults</h2>
${noticeFor(input, 'faults')}
${table}
<h3>Add a fault</h3>
<p class="muted">The next matching requests to the Deskree API fail or wait. The control API and this page are never faulted.</p>
${add}
</section>`;
}

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1a1a1a;--muted:#555;--line:#c8c8c8;--surface:#f4f5f7;--accent:#0b57d0;--danger:#a50e0e;--ok:#14622b;--warn:#7a4d00;--focus:#0b57d0}
@media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#ececec;--muted:#b4b4b4;--line:#4a4a4a;--surface:#1f2023;--accent:#8ab4f8;--danger:#ff9b91;--ok:#7fd99a;--warn:#f3c26b;--focus:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,sans-serif}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:var(--bg);padding:.25rem .5rem;z-index:1}
header{border-bottom:1px solid var(--line);background:var(--surface)}
header .bar,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header .bar{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding-block:.75rem}
header .brand{font-weight:700;margin:0}
nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;margin:0;padding:0}
h1{font-size:1.6rem;margin:1.25rem 0 .25rem}
h2{font-size:1.3rem;margin:0 0 .75rem}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
section{border:1px solid var(--line);border-radius:8px;padding:1rem;margin:1rem 0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid var(--line)}
thead th{font-size:.85rem;color:var(--muted)}
tbody th{font-weight:600}
.scroll{overflow-x:auto}
.status+br+.muted{white-space:nowrap}
.url{font-size:.8rem;color:var(--muted);white-space:nowrap}
.muted{color:var(--muted)}
.status{font-weight:600}.status-active{color:var(--ok)}.status-used,.status-void{color:var(--muted)}.status-expired,.status-disabled{color:var(--warn)}
.row{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.5rem 0}
.fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.5rem 1rem;margin:.5rem 0}
.fields label{display:block;font-weight:600}
.fields .wide{grid-column:1/-1}
.fields p{margin:.15rem 0 0;font-size:.85rem}
fieldset{border:1px solid var(--line);border-radius:6px;padding:.25rem .75rem .5rem}
legend{font-weight:600;padding:0 .25rem}
input,select,button{font:inherit;color:inherit}
input[type=text],input[type=email],input[type=search],input[type=number],select{background:var(--bg);border:1px solid var(--muted);border-radius:4px;padding:.35rem .5rem;width:100%}
.row input,.row select{width:auto}
input[type=checkbox]{width:1.05rem;height:1.05rem;accent-color:var(--accent)}
.check{display:inline-flex;gap:.35rem;align-items:center;font-weight:400}
button{background:var(--surface);border:1px solid var(--muted);border-radius:4px;padding:.35rem .8rem;cursor:pointer}
button:hover{border-color:var(--fg)}
button.danger{color:var(--danger);border-color:var(--danger)}
form{margin:.5rem 0}
form.inline{display:inline;margin:0}
dl.facts{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:0 0 .5rem}
dl.facts dt{font-size:.85rem;color:var(--muted)}dl.facts dd{margin:0;font-weight:600}
.problem{color:var(--danger);font-weight:600}
.notice{border-left:4px solid var(--ok);padding:.25rem .75rem;background:var(--surface)}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{color:var(--muted);font-size:.85rem;padding-bottom:2rem}
`;

/**
 * The one progressive enhancement: coming back to the tab (after signing up in the app, say)
 * reloads the page so new mails show, unless a form has been typed into. Without JavaScript the
 * "Refresh" link does the same.
 */
const REFRESH_ON_RETURN = `
document.addEventListener('visibilitychange', function () {
  if (document.visibilityState !== 'visible') return;
  var dirty = Array.prototype.some.call(document.querySelectorAll('input, select'), function (field) {
    if (field.type === 'hidden') return false;
    if (field.type === 'checkbox') return field.checked !== field.defaultChecked;
    if (field.tagName === 'SELECT')
      return Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; });
    return field.value !== field.defaultValue;
  });
  if (dirty) return;
  var url = new URL(location.href);
  url.searchParams.delete('done');
  location.replace(url.href);
});`;

function documentShell(input: {
  nonce: string;
  title: string;
  body: string;
  script?: string;
}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(input.title)}</title>
<link rel="icon" href="data:,">
<style nonce="${escapeHtml(input.nonce)}">${STYLE}</style>
</head>
<body>
${input.body}
${input.script ? `<script nonce="${escapeHtml(input.nonce)}">${input.script}</script>` : ''}
</body>
</html>`;
}

/** The whole inbox page. */
export function renderInboxPage(input: InboxPageInput): string {
  const otherProblem = problemFor(input, 'other');
  const body = `<a class="skip" href="#main">Skip to content</a>
<header><div class="bar">
<p class="brand">Deskree Auth emulator</p>
<nav aria-label="Sections"><ul>
<li><a href="#mails">Mails (${input.totalMails})</a></li>
<li><a href="#accounts">Accounts (${input.totalAccounts})</a></li>
<li><a href="#clock">Clock</a></li>
<li><a href="#faults">Faults (${input.faults.length})</a></li>
</ul></nav>
</div></header>
<main id="main">
<h1>Emulator inbox</h1>
<p>Project <code>${escapeHtml(input.projectId)}</code> · API base URL <code>${escapeHtml(input.apiBaseUrl)}</code></p>
${otherProblem ? `<p role="alert" class="problem">${escapeHtml(otherProblem.message)}</p>` : ''}
${mailsSection(input)}
${accountsSection(input)}
${clockSection(input)}
${faultsSection(input)}
</main>
<footer><p>Everything here is also scriptable through the control API under <code>/emulator/v1/</code>. Nothing leaves your machine.</p></footer>`;
  return documentShell({
    nonce: input.nonce,
    title: 'Inbox · Deskree Auth emulator',
    body,
    script: REFRESH_ON_RETURN,
  });
}

export interface SignInPageInput {
  formToken: string;
  nonce: string;
  problem?: string;
}

/** Shown instead of the inbox when the emulator runs with a control token and no session exists. */
export function renderSignInPage(input: SignInPageInput): string {
  const [alert, invalid] = problemParts(
    input.problem ? { form: 'signIn', message: input.problem } : undefined,
    'token-problem',
  );
  const body = `<header><div class="bar"><p class="brand">Deskree Auth emulator</p></div></header>
<main id="main">
<h1>Emulator inbox</h1>
<section aria-labelledby="token-heading">
<h2 id="token-heading">Control token required</h2>
<p>This emulator was started with a control token. Type it to open the inbox; the browser then keeps a session cookie until the emulator restarts.</p>
<form method="post" action="${INBOX_ACTIONS}/session">
<input type="hidden" name="formToken" value="${escapeHtml(input.formToken)}">
${alert}
<div class="fields"><div><label for="control-token">Control token</label><input id="control-token" name="token" type="password" required autocomplete="current-password"${invalid}></div></div>
<button type="submit">Open the inbox</button>
</form>
</section>
</main>`;
  return documentShell({
    nonce: input.nonce,
    title: 'Control token · Deskree Auth emulator',
    body,
  });
}

/** A refusal (foreign host, cross-site post) as a small page rather than JSON: a person reads it. */
export function renderRefusalPage(nonce: string, message: string): string {
  const body = `<main id="main"><h1>The emulator refused this request</h1><p role="alert" class="problem">${escapeHtml(message)}</p><p><a href="${INBOX_PATH}">Open the inbox</a></p></main>`;
  return documentShell({ nonce, title: 'Refused · Deskree Auth emulator', body });
}

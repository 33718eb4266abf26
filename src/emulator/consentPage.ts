/**
 * The fake provider's sign-in page. Plain HTML with a form POST so it works without JavaScript
 * (and in tests that only follow redirects). All interpolated values are escaped.
 */
import type { ProviderInfo } from './oauth.js';
import { AUTHORIZE_PATH } from './oauth.js';

export interface ConsentPageInput {
  provider: ProviderInfo;
  state: string;
  redirectUri: string;
  email?: string;
  displayName?: string;
  error?: string;
}

export const SAMPLE_IDENTITIES = [
  { email: 'ada@example.com', displayName: 'Ada Lovelace' },
  { email: 'grace@example.com', displayName: 'Grace Hopper' },
  { email: 'alan@example.com', displayName: 'Alan Turing' },
] as const;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function renderConsentPage(input: ConsentPageInput): string {
  const { provider } = input;
  const label = escapeHtml(provider.label);
  const hidden = `<input type="hidden" name="state" value="${escapeHtml(input.state)}">`;
  const samples = SAMPLE_IDENTITIES.map(
    (identity, index) =>
      `<li><button type="submit" name="sample" value="${index}">Continue as ${escapeHtml(identity.displayName)} (${escapeHtml(identity.email)})</button></li>`,
  ).join('\n');
  const error = input.error
    ? `<p role="alert" id="consent-error">${escapeHtml(input.error)}</p>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in with ${label} (Deskree Auth emulator)</title>
<style>
body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
label{display:block;margin-top:.75rem;font-weight:600}
input[type=email],input[type=text]{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}
button{font:inherit;padding:.5rem 1rem;margin-top:.75rem;cursor:pointer}
ul{list-style:none;padding:0}
[role=alert]{color:#b00020;font-weight:600}
.note{background:#fff8e1;border:1px solid #e0c060;padding:.5rem .75rem}
</style>
</head>
<body>
<main>
<h1>Sign in with ${label}</h1>
<p class="note">This is the Deskree Auth emulator's fake ${label} sign-in. No real ${label} account is used and nothing leaves your machine.</p>
<p>You will be sent back to <code>${escapeHtml(input.redirectUri)}</code>.</p>
${error}
<form method="post" action="${AUTHORIZE_PATH}">
${hidden}
<h2>Pick a sample identity</h2>
<ul>
${samples}
</ul>
</form>
<form method="post" action="${AUTHORIZE_PATH}">
${hidden}
<h2>Or enter an identity</h2>
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(input.email ?? '')}"${input.error ? ' aria-invalid="true" aria-describedby="consent-error"' : ''}>
<label for="displayName">Display name</label>
<input id="displayName" name="displayName" type="text" autocomplete="name" value="${escapeHtml(input.displayName ?? '')}">
<button type="submit" name="action" value="continue">Continue</button>
<button type="submit" name="action" value="cancel" formnovalidate>Cancel</button>
</form>
</main>
</body>
</html>`;
}

export function renderErrorPage(message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign-in error (Deskree Auth emulator)</title></head>
<body><main><h1>Sign-in error</h1><p role="alert">${escapeHtml(message)}</p></main></body></html>`;
}

/**
 * `href` with `email=<address>` added to its query, so the page it opens can prefill the address
 * ("You already have an account" → sign-in, a dead link → "request a new link"). Works on paths
 * and full URLs alike and keeps any `#fragment`; without an email, or for an in-page `#anchor`,
 * `href` is returned unchanged.
 * The address ends up in the browser history of that page, never a token.
 *
 * @example
 * withEmail('/sign-in?next=/app', 'ada@example.com') // '/sign-in?next=/app&email=ada%40example.com'
 */
export function withEmail(href: string, email: string | null | undefined): string {
  // A jump within the page (`#sign-in`) stays one: a query would make it load another page.
  if (!email || href.startsWith('#')) return href;
  const hashAt = href.indexOf('#');
  const base = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const queryAt = base.indexOf('?');
  const path = queryAt === -1 ? base : base.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : base.slice(queryAt + 1));
  query.set('email', email);
  return `${path}?${query.toString()}${hash}`;
}

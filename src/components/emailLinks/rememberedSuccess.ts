/**
 * A succeeded email link, remembered in this tab's history entry so that reloading the success
 * page shows the success again instead of "This link is incomplete" (the code was removed from
 * the address bar) or "already used" (it was not, and would be replayed). `history.state` rather
 * than storage: it belongs to this tab and this entry only, survives a reload, is gone for a new
 * navigation to the same URL, and holds no secret (the code is spent). Other keys of the state
 * (client routers keep theirs there) are left as they are.
 */
const STATE_KEY = 'deskreeAuthEmailLink';

interface Remembered {
  page: string;
  oobCode: string | null;
}

function current(): Remembered | null {
  if (typeof window === 'undefined') return null;
  const state: unknown = window.history.state;
  if (!state || typeof state !== 'object') return null;
  const entry = (state as Record<string, unknown>)[STATE_KEY];
  if (!entry || typeof entry !== 'object') return null;
  const { page, oobCode } = entry as Partial<Remembered>;
  return typeof page === 'string' ? { page, oobCode: oobCode ?? null } : null;
}

/** Marks this history entry: `page` (e.g. `verify-email`) succeeded with `oobCode`. */
export function rememberSuccess(page: string, oobCode: string | null): void {
  if (typeof window === 'undefined') return;
  const state: unknown = window.history.state;
  const base = state && typeof state === 'object' ? (state as Record<string, unknown>) : {};
  window.history.replaceState({ ...base, [STATE_KEY]: { page, oobCode } }, '');
}

/**
 * Whether this history entry saw `page` succeed with this very code, or, when the page read the
 * address bar and cleaned it (`cleaned`), with any code: the address no longer has one to compare.
 */
export function wasSuccessRemembered(
  page: string,
  oobCode: string | null,
  cleaned: boolean,
): boolean {
  const entry = current();
  if (entry === null || entry.page !== page) return false;
  return oobCode === null ? cleaned : oobCode === entry.oobCode;
}

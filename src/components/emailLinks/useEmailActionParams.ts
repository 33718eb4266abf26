import { useEffect, useState } from 'react';
import { parseEmailActionLink } from '../../core/links.js';
import { wasSuccessRemembered } from './rememberedSuccess.js';

export interface UseEmailActionParamsOptions {
  /** Which page reads the link (`verify-email`…), for the success remembered in this tab. */
  page: string;
  /** The link that opened the page. Defaults to `window.location.href`, read after mount. */
  url?: string;
  /** Explicit code (e.g. read by the app's router); wins over `url`. */
  oobCode?: string | null;
  /** Explicit uid; wins over `url`. */
  uid?: string | null;
}

export interface EmailActionParamsState {
  /** `reading` only until the address bar was read after mount (server and first client render). */
  status: 'reading' | 'ready';
  oobCode: string | null;
  uid: string | null;
  /** An `email` parameter of the link, when the app's link carries one (to prefill a new request). */
  email: string | null;
  /** Read from the address bar (no `url`, `oobCode` or `uid` given), so the page may clean it. */
  fromAddressBar: boolean;
  /** This tab already saw this link succeed (a reload of the success page): show the success again. */
  remembered: boolean;
}

function emailParam(url: string): string | null {
  try {
    return new URL(url, 'http://localhost/').searchParams.get('email') || null;
  } catch {
    return null; // Not a URL: there is no parameter to read.
  }
}

/**
 * The `oobCode`/`uid` an email-link page works with. Never touches `window` during render, so
 * the server and the first client render produce the same markup (`status: 'reading'`).
 *
 * @example
 * const { status, oobCode } = useEmailActionParams({ page: 'verify-email', url: props.url });
 */
export function useEmailActionParams({
  page,
  url,
  oobCode,
  uid,
}: UseEmailActionParamsOptions): EmailActionParamsState {
  const explicit = oobCode !== undefined || uid !== undefined || url !== undefined;
  const [fromLocation, setFromLocation] = useState<Omit<
    EmailActionParamsState,
    'status' | 'fromAddressBar'
  > | null>(null);
  const parsed =
    explicit && url !== undefined ? parseEmailActionLink(url) : { oobCode: null, uid: null };
  const explicitCode = oobCode !== undefined ? oobCode || null : parsed.oobCode;
  const [explicitRemembered, setExplicitRemembered] = useState(false);

  useEffect(() => {
    if (explicit) return;
    // Read once after mount (the page may clean the address bar next), so the server and the
    // first client render agree: one extra render, on purpose. The remembered success is read in
    // the same pass, so a reloaded success page never shows the form or a dead end first.
    const href = window.location.href;
    const link = parseEmailActionLink(href);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setFromLocation({
      ...link,
      email: emailParam(href),
      remembered: wasSuccessRemembered(page, link.oobCode, true),
    });
  }, [explicit, page]);

  useEffect(() => {
    if (!explicit) return;
    // History is only readable in the browser, after mount (the same markup on the server).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setExplicitRemembered(wasSuccessRemembered(page, explicitCode, false));
  }, [explicit, page, explicitCode]);

  if (explicit) {
    return {
      status: 'ready',
      oobCode: explicitCode,
      uid: uid !== undefined ? uid || null : parsed.uid,
      email: url !== undefined ? emailParam(url) : null,
      fromAddressBar: false,
      remembered: explicitRemembered,
    };
  }
  return fromLocation
    ? { status: 'ready', ...fromLocation, fromAddressBar: true }
    : {
        status: 'reading',
        oobCode: null,
        uid: null,
        email: null,
        fromAddressBar: true,
        remembered: false,
      };
}

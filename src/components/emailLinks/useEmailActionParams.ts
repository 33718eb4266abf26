import { useEffect, useState } from 'react';
import { parseEmailActionLink } from '../../core/links';

export interface UseEmailActionParamsOptions {
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
  /** Read from the address bar (no `url`, `oobCode` or `uid` given), so the page may clean it. */
  fromAddressBar: boolean;
}

/**
 * The `oobCode`/`uid` an email-link page works with. Never touches `window` during render, so
 * the server and the first client render produce the same markup (`status: 'reading'`).
 *
 * @example
 * const { status, oobCode } = useEmailActionParams({ url: props.url });
 */
export function useEmailActionParams({
  url,
  oobCode,
  uid,
}: UseEmailActionParamsOptions): EmailActionParamsState {
  const explicit = oobCode !== undefined || uid !== undefined || url !== undefined;
  const [fromLocation, setFromLocation] = useState<{
    oobCode: string | null;
    uid: string | null;
  } | null>(null);

  useEffect(() => {
    if (explicit) return;
    // Read once after mount (the page may clean the address bar next), so the server and the
    // first client render agree: one extra render, on purpose.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setFromLocation(parseEmailActionLink(window.location.href));
  }, [explicit]);

  if (explicit) {
    const parsed = url !== undefined ? parseEmailActionLink(url) : { oobCode: null, uid: null };
    return {
      status: 'ready',
      oobCode: oobCode !== undefined ? oobCode || null : parsed.oobCode,
      uid: uid !== undefined ? uid || null : parsed.uid,
      fromAddressBar: false,
    };
  }
  return fromLocation
    ? { status: 'ready', ...fromLocation, fromAddressBar: true }
    : { status: 'reading', oobCode: null, uid: null, fromAddressBar: true };
}

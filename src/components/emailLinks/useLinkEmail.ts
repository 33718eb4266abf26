import { useEffect, useState } from 'react';

/** The `email` query parameter of a URL, or `''`. */
function emailParam(url: string): string {
  try {
    return new URL(url, 'http://localhost/').searchParams.get('email') ?? '';
  } catch {
    return ''; // Not a URL: there is no parameter to read.
  }
}

/**
 * The `email` parameter an app may add to its invitation links (the service's answer never says
 * which email was invited). Read from `url`, else from the address bar after mount, so the server
 * and the first client render agree. `''` when there is none.
 *
 * @example
 * const email = useLinkEmail(props.url);
 */
export function useLinkEmail(url: string | undefined): string {
  const [fromLocation, setFromLocation] = useState('');
  useEffect(() => {
    if (url !== undefined) return;
    // After mount only (see above), once: the address bar may be cleaned after success.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once, after mount
    setFromLocation((current) => current || emailParam(window.location.href));
  }, [url]);
  return url !== undefined ? emailParam(url) : fromLocation;
}

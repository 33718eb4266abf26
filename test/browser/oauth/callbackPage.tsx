/**
 * The app's `callBackUri` page for popup.test.tsx, loaded by Vite in the real popup: an
 * AuthProvider and `<OAuthCallback />`, as an app renders its callback route. Its API calls go to
 * the opener's in-process emulator (same origin, so the opener's global is reachable), so the
 * test counts every request either window makes.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OAuthCallback } from '../../../src/components/oauth/OAuthCallback';
import { AuthProvider } from '../../../src/react';

declare global {
  interface Window {
    __oauthPopupTestFetch?: typeof fetch;
    /** Set on the opener: this page drops `window.opener` first, as a provider's COOP would. */
    __oauthPopupSeverOpener?: boolean;
  }
}

const opener = window.opener as Window | null;
// A provider page with `Cross-Origin-Opener-Policy: same-origin` severs the opener: simulated here.
if (opener?.__oauthPopupSeverOpener) window.opener = null;
const fetchViaOpener: typeof fetch = (input, init) => {
  const shared = opener?.__oauthPopupTestFetch;
  return shared
    ? shared(input, init)
    : Promise.reject(new TypeError('the popup test page has no opener emulator'));
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider baseUrl="http://emulator.test/api/v1/" fetch={fetchViaOpener} storage="memory">
      <OAuthCallback signInHref="/" />
    </AuthProvider>
  </StrictMode>,
);

/**
 * OAuth settings shared by the sign-in page, the callback page and the "account exists" screen.
 * The emulator answers `sign-in/auth-url` with its own consent page, so these work offline.
 */
import type { OAuthOptions } from '../src/components';

export const OAUTH: OAuthOptions = {
  providers: ['google.com', 'github.com', 'facebook.com'],
  // The page that renders <OAuthCallback />; the provider sends the browser back there.
  callBackUri: `${location.origin}/oauth/callback`,
};

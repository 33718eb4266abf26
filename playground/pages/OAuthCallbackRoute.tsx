import { OAuthCallback } from '../../src/components';
import { OAUTH } from '../oauth';
import { navigate, renderLink } from '../router';

/**
 * The `callBackUri`: the provider (here the emulator's consent page) sends the browser back with
 * `#id_token=…` or `?code=…`. OAuthCallback exchanges it once, then we go home; when the email
 * already belongs to another sign-in method it shows the "account exists" screen instead.
 */
export function OAuthCallbackRoute() {
  return (
    <OAuthCallback
      headingLevel={1}
      signInHref="/sign-in"
      renderLink={renderLink}
      // The providers too: a cancelled consent offers them again.
      oauth={OAUTH}
      onSuccess={() => navigate('/', { replace: true })}
    />
  );
}

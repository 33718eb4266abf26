import { ComingSoon } from './ComingSoon';

export function OAuthCallbackRoute() {
  return <ComingSoon component="OAuthCallback" title="Signing you in" />;
}

import { ComingSoon } from './ComingSoon';

export function OAuthCallbackPage() {
  return <ComingSoon component="OAuthCallback" title="Signing you in" />;
}

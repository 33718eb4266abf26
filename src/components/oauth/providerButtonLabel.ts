import type { Messages } from '../i18n/en.js';
import { format } from '../i18n/format.js';

type ButtonKey =
  'button.continueWithGoogle' | 'button.continueWithGithub' | 'button.continueWithFacebook';

const BUTTON_KEYS: Readonly<Record<string, ButtonKey>> = {
  'google.com': 'button.continueWithGoogle',
  'github.com': 'button.continueWithGithub',
  'facebook.com': 'button.continueWithFacebook',
};

/**
 * "Continue with Google" for a provider id; unknown ids get the generic template with the id,
 * so a provider added on the server still gets a readable, translated button.
 */
export function providerButtonLabel(
  providerId: string,
  messages: Pick<Messages, ButtonKey | 'button.continueWithProvider'>,
): string {
  const key = BUTTON_KEYS[providerId];
  if (key) return messages[key];
  return format(messages['button.continueWithProvider'], {
    provider: providerId.replace(/\.com$/, ''),
  });
}

/** The OAuth provider ids among a list of sign-in methods (drops `password`, `emailLink`...). */
export function oauthMethods(methods: readonly string[]): string[] {
  return methods.filter((method) => method !== 'password' && method !== 'emailLink');
}

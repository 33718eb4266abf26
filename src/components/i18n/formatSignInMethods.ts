import type { Messages } from './en.js';

type MethodKey = 'method.password' | 'method.google' | 'method.facebook' | 'method.github';

/** The keys this function reads: a full table or the `oauthButtonMessages` slice will do. */
type SignInMethodMessages = Pick<
  Messages,
  MethodKey | 'needConfirmation.methodsSeparator' | 'needConfirmation.methodsLastSeparator'
>;

const METHOD_KEYS: Readonly<Record<string, MethodKey>> = {
  password: 'method.password',
  'google.com': 'method.google',
  'facebook.com': 'method.facebook',
  'github.com': 'method.github',
};

/**
 * A human list of sign-in methods as the API names them (`fetchEmailProviders().signInMethods`),
 * for the needConfirmation screen: `['google.com', 'password']` → "Google or email and password".
 * Unknown provider ids are shown as sent rather than dropped, so the list never lies by omission.
 *
 * @example
 * format(t['needConfirmation.description'], { email, methods: formatSignInMethods(signInMethods, t) })
 */
export function formatSignInMethods(
  methods: readonly string[],
  messages: SignInMethodMessages,
): string {
  const names = [...new Set(methods)].map((method) => {
    const key = METHOD_KEYS[method];
    return key ? messages[key] : method;
  });
  if (names.length <= 1) return names[0] ?? '';
  const last = names[names.length - 1];
  return `${names.slice(0, -1).join(messages['needConfirmation.methodsSeparator'])}${messages['needConfirmation.methodsLastSeparator']}${last}`;
}

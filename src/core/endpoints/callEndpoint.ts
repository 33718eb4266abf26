/**
 * How the kit's own callers (the session engine, the React hooks, the OAuth helpers) reach an
 * endpoint through an `AuthApi` that may or may not be a full client.
 */
import type { AuthApi } from '../authApi.js';
import type { AuthClient } from '../client.js';

type EndpointName = Exclude<keyof AuthClient, keyof AuthApi>;
type Method<K extends EndpointName> = AuthClient[K];

/**
 * The endpoint `name` for `api`: the api's own method when it has one (an `AuthClient` from
 * `createAuthClient`, or an app's wrapper or test double, which then stays in charge of the call),
 * else the standalone `endpoint` function bound to the bare request core. The caller names the one
 * endpoint it needs, so a bundle carries that endpoint and no other.
 */
export function callEndpoint<K extends EndpointName>(
  api: AuthApi,
  name: K,
  endpoint: (api: AuthApi, ...args: Parameters<Method<K>>) => ReturnType<Method<K>>,
): Method<K> {
  const own = (api as Partial<AuthClient>)[name];
  const bound = own
    ? (...args: Parameters<Method<K>>) =>
        (own as (...args: Parameters<Method<K>>) => ReturnType<Method<K>>).apply(api, args)
    : (...args: Parameters<Method<K>>) => endpoint(api, ...args);
  return bound as Method<K>;
}

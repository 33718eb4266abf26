import type { VerifyIdTokenOptions } from './verifyIdToken.js';

/** Options of the request helpers: how to verify tokens, where the API and the cookie are. */
export interface ServerAuthOptions extends VerifyIdTokenOptions {
  /**
   * The API base URL, for refreshing expired tokens (`token/refresh` needs no secret). Default
   * `https://<projectId>.api.deskree.com/api/v1/`; set it when your API subdomain is not the token
   * audience, and for the emulator (`http://127.0.0.1:9099/api/v1/`).
   */
  baseUrl?: string;
  /** The `storageKey` given to `AuthProvider`, if any: it names the session cookie. */
  storageKey?: string;
}

// Server-only configuration of deskree-auth-react/server, read from the environment at request time.
// DESKREE_PROJECT_ID is the token audience (`aud`); DESKREE_BASE_URL the API (for refreshing);
// DESKREE_JWKS_URL the emulator's keys (leave it unset against the hosted service).
import type { ServerAuthOptions } from 'deskree-auth-react/server';

export function authOptions(): ServerAuthOptions {
  return {
    projectId: process.env.DESKREE_PROJECT_ID ?? 'demo',
    baseUrl: process.env.DESKREE_BASE_URL ?? 'http://127.0.0.1:9099/api/v1/',
    jwksUrl: process.env.DESKREE_JWKS_URL,
  };
}

/** The API base URL the browser uses (not a secret). */
export const publicBaseUrl = () => process.env.DESKREE_BASE_URL ?? 'http://127.0.0.1:9099/api/v1/';

// Server-only: deskree-auth-react/server configured from the environment, and the request's auth
// (after the root middleware refreshed it) shared with every loader through the router context.
import { createContext } from 'react-router';
import type { RefreshAuthCookiesResult, ServerAuthOptions } from 'deskree-auth-react/server';

export function authOptions(): ServerAuthOptions {
  return {
    projectId: process.env.DESKREE_PROJECT_ID ?? 'demo',
    baseUrl: process.env.DESKREE_BASE_URL ?? 'http://127.0.0.1:9099/api/v1/',
    jwksUrl: process.env.DESKREE_JWKS_URL,
  };
}

export const publicBaseUrl = () => process.env.DESKREE_BASE_URL ?? 'http://127.0.0.1:9099/api/v1/';

export const authContext = createContext<RefreshAuthCookiesResult | null>(null);

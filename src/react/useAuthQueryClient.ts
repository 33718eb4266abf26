/**
 * The QueryClient an auth hook runs on: the app's, else the provider's private one, made here on
 * first use. This module is the only one that imports `QueryClient` (with its query cache, ~7 kB
 * gzip), so a page without auth hooks (a prebuilt sign-in form) does not ship it.
 */
import { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AuthContextValue } from './AuthContext.js';

export function useAuthQueryClient(context: AuthContextValue): QueryClient {
  const own = context.queryClient === null;
  const queryClient = context.queryClient ?? context.privateQueryClient.get(createQueryClient);
  useEffect(() => {
    if (!own) return;
    // What QueryClientProvider does for the app's client: focus and online listeners while in use.
    // `mount` counts its callers, so every hook on the private client can mount it.
    queryClient.mount();
    return () => queryClient.unmount();
  }, [own, queryClient]);
  return queryClient;
}

function createQueryClient(): QueryClient {
  return new QueryClient();
}

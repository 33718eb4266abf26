/**
 * The one place the hooks meet react-query: every auth mutation runs on the provider's
 * QueryClient, carries an `authKeys.mutation` key, and rejects only with `AuthError`.
 */
import {
  useMutation,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query';
import { useAuthContext, type AuthContextValue } from './AuthContext.js';
import { authKeys, AUTHENTICATED_MARKER, PUBLIC_MARKER } from './authKeys.js';
import type { AuthError } from '../core/index.js';
import { toAuthError } from './toAuthError.js';
import { useAuthQueryClient } from './useAuthQueryClient.js';

/** Options every mutation hook accepts: react-query's, minus what the hook defines itself. */
export type AuthMutationOptions<TData, TVariables, TContext = unknown> = Omit<
  UseMutationOptions<TData, AuthError, TVariables, TContext>,
  'mutationFn' | 'mutationKey'
>;

export function useAuthMutation<TData, TVariables, TContext = unknown>(
  hookName: string,
  scope: 'public' | 'authenticated',
  run: (variables: TVariables, context: AuthContextValue) => Promise<TData>,
  options: AuthMutationOptions<TData, TVariables, TContext> | undefined,
): UseMutationResult<TData, AuthError, TVariables, TContext> {
  const context = useAuthContext(hookName);
  const queryClient = useAuthQueryClient(context);
  return useMutation<TData, AuthError, TVariables, TContext>(
    {
      // Auth calls are not idempotent (codes are single-use, sign-ups create accounts): never retry by default.
      retry: false,
      // react-query pauses mutations while the browser says it is offline; a form would then spin
      // forever. Sending anyway turns "offline" into an AuthError('network') the form can show.
      networkMode: 'always',
      ...options,
      mutationKey: authKeys.mutation(
        hookName,
        scope === 'authenticated' ? AUTHENTICATED_MARKER : PUBLIC_MARKER,
      ),
      mutationFn: async (variables) => {
        try {
          return await run(variables, context);
        } catch (error) {
          throw toAuthError(error);
        }
      },
    },
    queryClient,
  );
}

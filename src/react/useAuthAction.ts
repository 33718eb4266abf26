/**
 * A request with mutation-like state for the prebuilt forms, without react-query: the forms need
 * no cache, and a sign-in page then ships none of react-query (its QueryClient alone is ~7 kB
 * gzip). The forms run the very functions the hooks run (`signIn` for `useSignIn`, …), so the
 * behaviour is the same; apps building their own UI keep the react-query hooks. As with the
 * hooks, nothing is retried unless `retry` says so, and the only error is an `AuthError`.
 */
import { useCallback, useRef, useState } from 'react';
import type { AuthError } from '../core/index.js';
import { useAuthContext, type AuthContextValue } from './AuthContext.js';
import { useLatestRef } from './useLatestRef.js';
import { toAuthError } from './toAuthError.js';

export type AuthActionStatus = 'idle' | 'pending' | 'success' | 'error';

export interface UseAuthActionOptions {
  /** Whether to try again after `failureCount` failures. Default: never. */
  retry?: (failureCount: number, error: AuthError) => boolean;
}

export interface UseAuthActionResult<TData, TVariables> {
  /** Runs the request; the state follows the latest call only. Rejects with an `AuthError`. */
  mutateAsync: (variables: TVariables) => Promise<TData>;
  status: AuthActionStatus;
  data: TData | undefined;
  error: AuthError | null;
  isPending: boolean;
  isSuccess: boolean;
  isError: boolean;
  /** Back to `idle`; a call still running no longer changes the state. */
  reset: () => void;
}

interface ActionState<TData> {
  status: AuthActionStatus;
  data: TData | undefined;
  error: AuthError | null;
}

const IDLE = { status: 'idle', data: undefined, error: null } as const;

/** react-query's default delay between tries: 1 s, 2 s, 4 s… at most 30 s. */
const retryDelayMs = (failureCount: number) => Math.min(1000 * 2 ** (failureCount - 1), 30_000);

export function useAuthAction<TData, TVariables>(
  hookName: string,
  run: (variables: TVariables, context: AuthContextValue) => Promise<TData>,
  options: UseAuthActionOptions = {},
): UseAuthActionResult<TData, TVariables> {
  const context = useAuthContext(hookName);
  const [state, setState] = useState<ActionState<TData>>(IDLE);
  const latest = useLatestRef({ run, retry: options.retry });
  const calls = useRef(0);

  const mutateAsync = useCallback(
    async (variables: TVariables) => {
      const call = ++calls.current;
      setState({ status: 'pending', data: undefined, error: null });
      for (let failureCount = 0; ;) {
        try {
          const data = await latest.current.run(variables, context);
          if (call === calls.current) setState({ status: 'success', data, error: null });
          return data;
        } catch (thrown) {
          const error = toAuthError(thrown);
          failureCount += 1;
          if (call === calls.current && latest.current.retry?.(failureCount, error)) {
            await new Promise((resolve) => setTimeout(resolve, retryDelayMs(failureCount)));
            continue;
          }
          if (call === calls.current) setState({ status: 'error', data: undefined, error });
          throw error;
        }
      }
    },
    [context, latest],
  );
  const reset = useCallback(() => {
    calls.current += 1;
    setState(IDLE);
  }, []);

  return {
    ...state,
    mutateAsync,
    reset,
    isPending: state.status === 'pending',
    isSuccess: state.status === 'success',
    isError: state.status === 'error',
  };
}

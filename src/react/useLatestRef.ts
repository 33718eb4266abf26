import { useInsertionEffect, useRef } from 'react';

/**
 * A ref holding the latest `value`, for callbacks and effects that must read current props without
 * changing identity or re-running (an inline `onSuccess={() => …}` is new on every render). Written
 * after each commit, never during render (a render may be discarded), before any event can read it.
 * Do not read it during render.
 */
export function useLatestRef<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useInsertionEffect(() => {
    ref.current = value;
  });
  return ref;
}

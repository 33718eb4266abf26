import { useEffect, useRef } from 'react';

/**
 * Moves focus to the returned element whenever `key` changes after the first render. When a
 * form is replaced by a success or dead-end screen the focused button disappears; without this,
 * keyboard and screen-reader users are left at the top of the document.
 */
export function useFocusOnChange<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  const first = useRef(key);
  useEffect(() => {
    if (first.current === key) return;
    first.current = key;
    ref.current?.focus();
  }, [key]);
  return ref;
}

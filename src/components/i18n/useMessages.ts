import type { Messages } from './en.js';
import { en } from './en.js';
import { useMessageSlice } from './useMessageSlice.js';

/**
 * The current message table (English when there is no `MessagesProvider`), every key of it. The
 * kit's own components read only their slices; this hook is for your screens, and brings the
 * whole English table into the bundle that uses it.
 *
 * @example
 * const t = useMessages();
 * return <button>{t['button.signIn']}</button>;
 */
export function useMessages(): Messages {
  return useMessageSlice(en);
}

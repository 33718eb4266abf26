import { useContext } from 'react';
import type { Messages } from './en.js';
import { MessagesContext } from './MessagesContext.js';

/**
 * The current message table (English when there is no `MessagesProvider`).
 *
 * @example
 * const t = useMessages();
 * return <button>{t['button.signIn']}</button>;
 */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}

import { useMemo, type ReactNode } from 'react';
import type { Messages } from './en.js';
import { resolveMessages, type Locale } from './resolveMessages.js';
import { MessagesContext } from './MessagesContext.js';

export interface MessagesProviderProps {
  /** A complete table: `en` (default), `fr`, `es`, `de` from the kit, or your own. */
  locale?: Locale;
  /** Individual strings to replace; merged over `locale`. */
  messages?: Partial<Messages>;
  children?: ReactNode;
}

/**
 * Supplies the message table to every prebuilt component below it.
 *
 * @example
 * <MessagesProvider locale={fr} messages={{ 'button.signIn': 'Entrer' }}>
 *   <SignInForm />
 * </MessagesProvider>
 */
export function MessagesProvider({ locale, messages, children }: MessagesProviderProps) {
  const value = useMemo(() => resolveMessages(locale, messages), [locale, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

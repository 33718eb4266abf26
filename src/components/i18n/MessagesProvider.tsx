import { useContext, useMemo, type ReactNode } from 'react';
import type { Messages } from './en.js';
import type { Locale } from './resolveMessages.js';
import { mergeMessages } from './mergeMessages.js';
import { MessagesContext } from './MessagesContext.js';

export interface MessagesProviderProps {
  /**
   * A complete table: `en`, `fr`, `es`, `de` from the kit, or your own. Default: the enclosing
   * provider's table (so a nested `AuthRoot`, or `AuthDialog`'s portal, keeps the app's language),
   * else English.
   */
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
  // Without a locale (here and above) only the overrides travel: English comes from each
  // component's own slice, so this provider does not put the whole English table into every page.
  const enclosing = useContext(MessagesContext);
  const value = useMemo(
    () => mergeMessages(locale ?? enclosing, messages),
    [locale, enclosing, messages],
  );
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

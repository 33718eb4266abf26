import { useContext, useMemo } from 'react';
import type { MessageKey, Messages } from './en.js';
import { MessagesContext } from './MessagesContext.js';

/** Some keys of the message table with their text: the part one screen or primitive shows. */
export type MessageSlice<K extends MessageKey = MessageKey> = { readonly [P in K]: string };

/** Every key of any of the slices (distributes over the union of slice types). */
type KeysOf<S> = S extends unknown ? keyof S & MessageKey : never;

/** Up to five slices: enough for any screen, and a fixed number keeps the memo's deps literal. */
type Slices = ReadonlyArray<Partial<Messages>> & { readonly length: 1 | 2 | 3 | 4 | 5 };

/**
 * The provider's strings over the English slices a component shows: each key in the provider's
 * table (locale + overrides) wins, a key it lacks falls back to English. Components name their
 * slices instead of reading the whole English table, so a page ships only its own texts.
 *
 * @example
 * const t = useMessageSlice(commonMessages, signInMessages);
 * return <button>{t['button.signIn']}</button>;
 */
export function useMessageSlice<S extends Slices>(...english: S): MessageSlice<KeysOf<S[number]>> {
  const provided = useContext(MessagesContext);
  const [a, b, c, d, e] = english;
  return useMemo(
    // Every key of the slices is in the result: the slices are complete in English.
    () => ({ ...a, ...b, ...c, ...d, ...e, ...provided }) as MessageSlice<KeysOf<S[number]>>,
    [provided, a, b, c, d, e],
  );
}

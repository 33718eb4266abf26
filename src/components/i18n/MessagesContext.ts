import { createContext } from 'react';
import type { Messages } from './en.js';

/**
 * The provider's strings: its locale with the overrides merged over it, or only the overrides when
 * it has no locale. Empty by default rather than English, so primitives still render outside a
 * provider (each falls back to its own English slice, see `useMessageSlice`) while a page ships
 * only the English of the screens it shows.
 */
export const MessagesContext = createContext<Partial<Messages>>({});
MessagesContext.displayName = 'DeskreeMessagesContext';

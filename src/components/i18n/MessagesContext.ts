import { createContext } from 'react';
import { en, type Messages } from './en.js';

/**
 * English by default, so primitives also render outside a provider (tests, quick demos)
 * instead of throwing: a missing provider costs translation, never a crash.
 */
export const MessagesContext = createContext<Messages>(en);
MessagesContext.displayName = 'DeskreeMessagesContext';

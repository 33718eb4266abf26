import { createContext } from 'react';

/** True below an `AuthRoot`: prebuilt screens outside one render their own (see AuthCard). */
export const AuthRootContext = createContext(false);
AuthRootContext.displayName = 'DeskreeAuthRootContext';

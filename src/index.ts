// Root entry (`deskree-auth-react`): provider, hooks and components.
// The React layer (src/react) and the components (src/components) are re-exported here as soon as
// their index files exist; until then the root exposes the framework-free pieces an app needs at the top level.
export { AuthError, isAuthError, AUTH_ERROR_CODES } from './core';
export type { AuthErrorCode, AuthUser, Session } from './core';
// export * from './react';
// export * from './components';

// Root entry (`deskree-auth-react`): provider, hooks, control components and the prebuilt UI.
// The React layer re-exports the core names React users need (AuthError, isAuthError, types);
// framework-free use goes through `deskree-auth-react/core`.
export * from './react/index.js';
export * from './components/index.js';

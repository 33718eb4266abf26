export { createAuthSession, DEFAULT_STORAGE_KEY } from './authSession.js';
export type {
  AuthEvent,
  AuthSession,
  AuthSessionOptions,
  AuthState,
  AuthStatus,
  SignOutReason,
} from './types.js';
export { localStorageAdapter, sessionStorageAdapter, memoryStorageAdapter } from './storage.js';
export type { StorageAdapter } from './storage.js';
export { REFRESH_MARGIN_MS } from './refreshScheduler.js';
// The credentials record's types live in ../credentials.ts; re-exported because the engine's
// API speaks them (and older imports of '../core/session' keep compiling).
export type { AuthUser, IdTokenClaims, Session } from '../credentials.js';

export { createAuthSession, DEFAULT_STORAGE_KEY } from './authSession';
export type {
  AuthEvent,
  AuthSession,
  AuthSessionOptions,
  AuthState,
  AuthStatus,
  SignOutReason,
} from './types';
export { localStorageAdapter, sessionStorageAdapter, memoryStorageAdapter } from './storage';
export type { StorageAdapter } from './storage';
export { REFRESH_MARGIN_MS } from './refreshScheduler';
// The credentials record's types live in ../credentials.ts; re-exported because the engine's
// API speaks them (and older imports of '../core/session' keep compiling).
export type { AuthUser, IdTokenClaims, Session } from '../credentials';

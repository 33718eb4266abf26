/**
 * Project settings the hosted service keeps in the Deskree console: which sign-in methods are
 * enabled. A disabled method answers the way the official SDK's recorded fixtures show
 * (`src/auth/mocks/auth-response.ts`): 422 "Email/password setup is not complete…" for email and
 * password, 400 `OPERATION_NOT_ALLOWED : The identity provider configuration is not found.` for an
 * OAuth provider. Stored as one record of the `settings` table, so it is snapshotted, journalled
 * and rolled back like every other table.
 */
import { ApiError } from './errors.js';
import type { EmulatorStore } from './store.js';
import type { ProjectSettings, ProjectSettingsRecord, SignInMethod } from './types.js';

/** Every sign-in method the Deskree API knows; all are enabled unless configured otherwise. */
export const ALL_SIGN_IN_METHODS: readonly SignInMethod[] = [
  'password',
  'google.com',
  'facebook.com',
  'github.com',
];

/** The hosted answer when email/password sign-in is not set up (422). */
export const PASSWORD_SETUP_INCOMPLETE =
  'Email/password setup is not complete. Please complete the Email/Password Authentication setup in your project';
/** The hosted answer when an OAuth provider is not set up (400). */
export const PROVIDER_NOT_CONFIGURED =
  'OPERATION_NOT_ALLOWED : The identity provider configuration is not found.';

const RECORD_ID = 'project';

function isSignInMethod(value: unknown): value is SignInMethod {
  return typeof value === 'string' && (ALL_SIGN_IN_METHODS as readonly string[]).includes(value);
}

/**
 * Checks a list of sign-in methods (option, CLI flag, control API body); throws a `TypeError`
 * naming the first unknown entry. Duplicates are dropped, the order is the canonical one.
 */
export function parseSignInMethods(value: unknown): SignInMethod[] {
  if (!Array.isArray(value)) throw new TypeError('"signInMethods" must be an array');
  for (const entry of value) {
    if (!isSignInMethod(entry)) {
      throw new TypeError(
        `Unknown sign-in method ${JSON.stringify(entry)}: use ${ALL_SIGN_IN_METHODS.join(', ')}`,
      );
    }
  }
  return ALL_SIGN_IN_METHODS.filter((method) => value.includes(method));
}

export function defaultSettings(signInMethods?: readonly SignInMethod[]): ProjectSettings {
  return { signInMethods: [...(signInMethods ?? ALL_SIGN_IN_METHODS)] };
}

/** The current settings. Read without `get`, which would count as a write inside a request. */
export function readSettings(store: EmulatorStore): ProjectSettings {
  for (const record of store.settings.values())
    if (record.id === RECORD_ID) return { signInMethods: [...record.signInMethods] };
  return defaultSettings();
}

/** Replaces the settings (a journalled change). */
export function writeSettings(store: EmulatorStore, settings: ProjectSettings): ProjectSettings {
  const record: ProjectSettingsRecord = {
    id: RECORD_ID,
    signInMethods: parseSignInMethods(settings.signInMethods),
  };
  store.settings.set(RECORD_ID, record);
  store.touch();
  return readSettings(store);
}

/** Throws the hosted service's answer when `method` is not enabled for the project. */
export function requireSignInMethod(store: EmulatorStore, method: SignInMethod): void {
  if (readSettings(store).signInMethods.includes(method)) return;
  if (method === 'password') throw new ApiError(422, PASSWORD_SETUP_INCOMPLETE);
  throw new ApiError(400, PROVIDER_NOT_CONFIGURED);
}

/** Read-only lookups: how an email can sign in, and the project's roles. */
import { requestData, type AuthApi, type RequestOptions } from '../authApi.js';
import {
  emailProvidersDataSchema,
  rolesDataSchema,
  type EmailProvidersData,
  type RoleData,
} from '../wire.js';

export interface EmailProvidersResult {
  registered: boolean;
  /** `signinMethods`, or `allProviders` when the answer lacks it (the SDK's docs show only that). */
  signInMethods: string[];
  allProviders: string[];
  raw: EmailProvidersData;
}

export interface Role {
  uid: string;
  name: string;
}

/**
 * Whether an email has an account and how it signs in (`POST auth/accounts/email-providers`).
 *
 * @example
 * const { registered, signInMethods } = await fetchEmailProviders(api, { email })
 */
export async function fetchEmailProviders(
  api: AuthApi,
  input: { email: string },
  options?: RequestOptions,
): Promise<EmailProvidersResult> {
  const raw = await requestData(api, {
    path: '/email-providers',
    body: { email: input.email },
    data: emailProvidersDataSchema,
    signal: options?.signal,
  });
  return {
    registered: raw.registered,
    signInMethods: raw.signinMethods ?? raw.allProviders ?? [],
    allProviders: raw.allProviders ?? [],
    raw,
  };
}

/**
 * The project's roles (`GET auth/accounts/roles`), with the `deskree-admin` token given here or to
 * `createAuthApi`/`createAuthClient`. Server side only.
 *
 * @example
 * const roles = await getRoles(createAuthApi({ projectId, adminToken: process.env.DESKREE_ADMIN_TOKEN }))
 */
export async function getRoles(
  api: AuthApi,
  options?: RequestOptions & { adminToken?: string },
): Promise<Role[]> {
  const roles = await requestData(api, {
    method: 'GET',
    path: '/roles',
    data: rolesDataSchema,
    admin: { token: options?.adminToken },
    signal: options?.signal,
  });
  return roles.map((role: RoleData) => ({ uid: role.uid, name: role.name }));
}

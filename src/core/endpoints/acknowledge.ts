/** The shape every "No content" endpoint shares: any success answer counts. */
import type { AuthApi, AuthApiRequest } from '../authApi.js';
import { noContentSchema, type AcknowledgementData } from '../wire.js';

/**
 * The answer of an endpoint the service documents as "No content": an empty body, 204, `{}` or
 * `{ data: {...} }` all succeed. `raw` is the `data` object when one was sent, else `null`; no
 * field in it is promised.
 */
export interface AcknowledgementResult {
  raw: AcknowledgementData | null;
}

/** Sends a "No content" request (see `noContentSchema`). */
export async function acknowledge(
  api: AuthApi,
  call: Omit<AuthApiRequest<unknown>, 'schema'>,
): Promise<AcknowledgementResult> {
  const answer = await api.request({ ...call, schema: noContentSchema });
  return { raw: answer?.data ?? null };
}

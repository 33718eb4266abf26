/**
 * The emulator's control API (`/emulator/v1/*`), served by the same dev server as the app. This is
 * playground tooling, not part of the kit: a real app never calls it.
 */
import type { Mail } from '../src/emulator/types';

export type { Mail };

async function control(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`/emulator/v1/${path}`, init);
  if (!response.ok)
    throw new Error(`${init?.method ?? 'GET'} /emulator/v1/${path} answered ${response.status}`);
  return response;
}

/** Every mail the emulator "sent", oldest first. */
export async function fetchOutbox(signal?: AbortSignal): Promise<Mail[]> {
  const response = await control('outbox', { signal });
  const body = (await response.json()) as { data: Mail[] };
  return body.data;
}

export async function clearOutbox(): Promise<void> {
  await control('outbox', { method: 'DELETE' });
}

/** Deletes every account, token, code and mail (the signing key stays). */
export async function resetEmulator(): Promise<void> {
  await control('accounts', { method: 'DELETE' });
}

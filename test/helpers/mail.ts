/** The emulator's outbox as tests read it. */
import type { Emulator, Mail } from '../../src/emulator';

/**
 * The newest mail of `kind` (to `to`, when given) in the emulator's outbox; throws when there is none.
 *
 * @example
 * const mail = lastMail(emulator, 'resetPassword', 'ada@example.com');
 */
export function lastMail(
  emulator: Pick<Emulator, 'outbox'>,
  kind: Mail['kind'],
  to?: string,
): Mail {
  const mail = emulator
    .outbox()
    .filter((entry) => entry.kind === kind && (to === undefined || entry.to === to))
    .at(-1);
  if (!mail) throw new Error(`no ${kind} mail${to === undefined ? '' : ` to ${to}`} in the outbox`);
  return mail;
}

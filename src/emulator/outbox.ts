/**
 * Mail is never sent: it lands in an outbox that tests and the dev UI read. Each mail carries the
 * link an app page would receive, `<base>?oobCode=...&uid=...`, as the hosted API builds it.
 */
import type { EmulatorLinks, Mail, MailKind, OobCodeRecord } from './types.js';
import type { EmulatorStore } from './store.js';
import { newOobCode, newOpaque } from './random.js';

const SUBJECTS: Record<MailKind, string> = {
  verifyEmail: 'Verify your email',
  resetPassword: 'Reset your password',
  invite: 'You have been invited',
};

const BODIES: Record<MailKind, string> = {
  verifyEmail: 'Follow this link to verify your email address.',
  resetPassword:
    'Follow this link to reset your password. If you did not ask for it, ignore this email.',
  invite:
    'You have been invited to join. Follow this link to accept the invitation and choose a password.',
};

function linkBase(kind: MailKind, links: EmulatorLinks): string {
  if (kind === 'verifyEmail') return links.verifyEmailUrl;
  if (kind === 'resetPassword') return links.resetPasswordUrl;
  return links.inviteUrl;
}

/**
 * A base given as a path (`/verify-email`) is resolved against the origin the request came
 * through, so links follow whatever host and port the app is served on.
 */
export function buildLink(
  base: string,
  oobCode: string,
  uid: string,
  origin = 'http://localhost',
): string {
  const url = new URL(base, origin);
  url.searchParams.set('oobCode', oobCode);
  url.searchParams.set('uid', uid);
  return url.toString();
}

export interface SendMailInput {
  kind: MailKind;
  uid: string;
  email: string;
  /** Origin of the request that caused the mail, for link bases given as paths. */
  origin?: string;
}

/** Issues a one-time code and puts the mail carrying it into the outbox. */
export function sendMail(
  store: EmulatorStore,
  links: EmulatorLinks,
  nowMs: number,
  oobTtlSeconds: number,
  input: SendMailInput,
): Mail {
  const code: OobCodeRecord = {
    code: newOobCode(),
    kind: input.kind,
    uid: input.uid,
    email: input.email,
    createdAt: nowMs,
    expiresAt: nowMs + oobTtlSeconds * 1000,
    used: false,
  };
  store.oobCodes.set(code.code, code);
  const link = buildLink(linkBase(input.kind, links), code.code, input.uid, input.origin);
  const mail: Mail = {
    id: newOpaque(12),
    to: input.email,
    kind: input.kind,
    subject: SUBJECTS[input.kind],
    text: `${BODIES[input.kind]}\n\n${link}\n`,
    link,
    oobCode: code.code,
    uid: input.uid,
    sentAt: new Date(nowMs).toISOString(),
  };
  store.outbox.push(mail);
  store.touch();
  return mail;
}

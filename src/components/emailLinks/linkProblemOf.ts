import { isAuthError } from '../../core/errors.js';

/** Why an email link cannot be used: each has its own dead-end text. */
export type LinkProblemReason = 'missing' | 'invalid' | 'expired';

/**
 * The dead end a failed request leads to, or `null` when the error is not about the code
 * (a weak password, the network…) and the form should show it and let the user retry.
 *
 * @example
 * linkProblemOf(new AuthError('expired_oob_code', 'EXPIRED_OOB_CODE')) // 'expired'
 */
export function linkProblemOf(error: unknown): LinkProblemReason | null {
  if (!isAuthError(error)) return null;
  if (error.code === 'expired_oob_code') return 'expired';
  if (error.code === 'invalid_oob_code') return 'invalid';
  return null;
}

/** Whether a page state is one of the dead ends. */
export function isLinkProblem(state: string): state is LinkProblemReason {
  return state === 'missing' || state === 'invalid' || state === 'expired';
}

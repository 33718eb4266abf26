/**
 * Identity Platform's brute-force guard: after `lockoutAttempts` wrong passwords for one email
 * within `lockoutWindowSeconds`, sign-in answers TOO_MANY_ATTEMPTS_TRY_LATER (even with the right
 * password) until the oldest failure leaves the window. A password reset lifts it at once, as the
 * service's message says; a successful sign-in clears the count. Unknown emails count too, so the
 * lockout reveals nothing. Kept in memory: a restart lifts every lockout.
 */
import { ApiError } from './errors.js';

export const TOO_MANY_ATTEMPTS_DETAIL =
  'TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account has been temporarily disabled due to many failed login attempts. You can immediately restore it by resetting your password or you can try again later.';

/** Emails tracked at most; the least recently failed go first, so memory stays bounded. */
const MAX_TRACKED_EMAILS = 10_000;

export interface LockoutSettings {
  attempts: number;
  windowSeconds: number;
}

export class SignInLockout {
  /** email -> failure times (ms), oldest first; Map order = least recently failed first. */
  #failures = new Map<string, number[]>();

  constructor(private readonly settings: () => LockoutSettings) {}

  #recent(email: string, now: number): number[] {
    const windowMs = this.settings().windowSeconds * 1000;
    const times = (this.#failures.get(email) ?? []).filter((at) => now - at < windowMs);
    if (times.length === 0) this.#failures.delete(email);
    else this.#failures.set(email, times);
    return times;
  }

  /** Throws TOO_MANY_ATTEMPTS_TRY_LATER while the email is locked. */
  check(email: string, now: number): void {
    const { attempts } = this.settings();
    if (attempts <= 0) return;
    if (this.#recent(email, now).length >= attempts)
      throw new ApiError(400, TOO_MANY_ATTEMPTS_DETAIL);
  }

  failed(email: string, now: number): void {
    if (this.settings().attempts <= 0) return;
    const times = this.#recent(email, now);
    times.push(now);
    this.#failures.delete(email);
    this.#failures.set(email, times);
    if (this.#failures.size > MAX_TRACKED_EMAILS) {
      const oldest = this.#failures.keys().next().value;
      if (oldest !== undefined) this.#failures.delete(oldest);
    }
  }

  clear(email: string): void {
    this.#failures.delete(email);
  }

  reset(): void {
    this.#failures.clear();
  }
}

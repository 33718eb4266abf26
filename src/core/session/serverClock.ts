/**
 * The server's clock, as far as this device can tell. An id token says when the server issued it
 * (`iat`) and until when the server accepts it (`exp`), in the server's time; the device's own
 * clock may be hours off, or jump. Every expiry decision of the engine goes through here:
 * - the offset (server minus local) is learned whenever a token arrives, from its `iat` against
 *   the local receipt time, and a token is believed until `exp - offset`, never past the
 *   `expiresAt` computed at receipt (the earlier of the two wins);
 * - a local clock that runs backwards (a manual change, a bad sync) makes every estimate
 *   optimistic by an unknown amount, so the current token is then treated as due: one refresh
 *   brings a fresh `iat` and a fresh offset.
 */
import { decodeClaims, type Session } from '../credentials.js';

/** Backward steps smaller than this are timer jitter and rounding, not a clock change. */
const JUMP_TOLERANCE_MS = 2_000;

export interface ServerClock {
  /** The local clock (epoch ms); every read also watches for backward jumps. */
  now(): number;
  /**
   * Learns the offset from a token received at local time `receivedAt` (now, or when it was
   * stored), and forgets an earlier backward jump: the new offset accounts for it.
   */
  learn(idToken: string, receivedAt: number): void;
  /** Local time at which the server stops accepting this session's id token. */
  expiresAt(session: Session): number;
  /** True once the local clock went backwards since the last token was learned. */
  jumpedBack(): boolean;
}

/**
 * @example
 * const clock = createServerClock(Date.now)
 * clock.learn(session.idToken, Date.now())
 * const usable = clock.now() < clock.expiresAt(session)
 */
export function createServerClock(localNow: () => number): ServerClock {
  let offsetMs: number | null = null;
  let latestSeen = -Infinity;
  let wentBack = false;

  const now = () => {
    const time = localNow();
    if (time < latestSeen - JUMP_TOLERANCE_MS) wentBack = true;
    latestSeen = Math.max(latestSeen, time);
    return time;
  };

  return {
    now,
    learn(idToken, receivedAt) {
      const { iat } = decodeClaims(idToken);
      if (typeof iat !== 'number') return;
      offsetMs = iat * 1000 - receivedAt;
      latestSeen = localNow();
      // Received "in the future" (a stored token read after the clock was set back): the
      // offset is from the old clock and nobody knows by how much time moved since.
      wentBack = receivedAt > latestSeen + JUMP_TOLERANCE_MS;
    },
    expiresAt(session) {
      const { exp } = decodeClaims(session.idToken);
      if (offsetMs === null || typeof exp !== 'number') return session.expiresAt;
      return Math.min(session.expiresAt, exp * 1000 - offsetMs);
    },
    jumpedBack() {
      now();
      return wentBack;
    },
  };
}

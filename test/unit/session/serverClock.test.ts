/**
 * Expiry decisions in the server's time. The in-process emulator's clock is moved (ahead with
 * `emulator.clock.advance`, behind with a base clock an hour back) while the device's clock is
 * the fake system time. Every minute for hours, the token `getIdToken()` hands out is checked
 * against the emulator's clock: it must never be dead there, and clocks that agree must not
 * cost an extra refresh.
 */
import { describe, expect, it, vi } from 'vitest';
import { createAuthFetch } from '../../../src/core/authFetch';
import { decodeClaims } from '../../../src/core/credentials';
import { AuthError } from '../../../src/core/errors';
import { memoryStorageAdapter } from '../../../src/core/session/storage';
import { createServerClock } from '../../../src/core/session/serverClock';
import { createHarness, fakeClockHarnessPerTest, MINUTE, nextEvent, type Harness } from './helpers';

const HOUR = 60 * MINUTE;
let h: Harness;
fakeClockHarnessPerTest(
  (harness) => (h = harness),
  () => h,
);

/** Dead at the server: its `exp` has passed by the emulator's clock. */
function deadAtServer(token: string): boolean {
  return (decodeClaims(token).exp ?? 0) * 1000 <= h.emulator.clock.now();
}

/** Asks for a token every minute for `minutes`; returns how many were dead at the server. */
async function deadTokensOver(
  auth: { getIdToken(): Promise<string> },
  minutes: number,
): Promise<number> {
  let dead = 0;
  for (let minute = 0; minute < minutes; minute++) {
    if (deadAtServer(await auth.getIdToken())) dead++;
    await vi.advanceTimersByTimeAsync(MINUTE);
  }
  return dead;
}

async function signedInEngine(harness: Harness = h) {
  const auth = harness.createSession();
  await auth.initialize();
  auth.setSession(await harness.signIn());
  return auth;
}

describe('clocks that agree', () => {
  it('three hours: no dead token, one refresh per token lifetime (at 55, 110, 165 min)', async () => {
    const auth = await signedInEngine();
    expect(await deadTokensOver(auth, 180)).toBe(0);
    expect(h.refreshCount()).toBe(3);
  });
});

describe('server clock ahead or behind by an hour', () => {
  it('ahead: no dead token and no extra refresh', async () => {
    h.emulator.clock.advance(HOUR);
    const auth = await signedInEngine();
    expect(await deadTokensOver(auth, 180)).toBe(0);
    expect(h.refreshCount()).toBe(3);
  });

  it('behind: no dead token and no extra refresh', async () => {
    h.destroyAll();
    h = await createHarness({ emulatorNow: () => Date.now() - HOUR });
    const auth = await signedInEngine();
    expect(await deadTokensOver(auth, 180)).toBe(0);
    expect(h.refreshCount()).toBe(3);
  });

  it("a server-rendered session whose expiresAt was computed by the server's clock is held to exp - offset", async () => {
    h.emulator.clock.advance(HOUR);
    const session = await h.signIn();
    // The rendering server's clock agrees with the API's: its expiresAt is an hour later than
    // this device's clock would say.
    const serverSide = { ...session, expiresAt: decodeClaims(session.idToken).exp! * 1000 };
    const auth = h.createSession({ initialSession: serverSide });
    await auth.initialize();
    expect(await deadTokensOver(auth, 120)).toBe(0);
    expect(h.refreshCount()).toBe(2);
  });
});

describe('clock jumps', () => {
  it('the device clock set back an hour while the page is open: refreshed before it could be handed out dead', async () => {
    const auth = await signedInEngine();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    // The device's clock goes back an hour; the server's time goes on.
    vi.setSystemTime(Date.now() - HOUR);
    h.emulator.clock.advance(HOUR);
    expect(await deadTokensOver(auth, 180)).toBe(0);
    // The jump costs one refresh (nobody knows how long the token has left), then one per hour.
    expect(h.refreshCount()).toBe(4);
  });

  it('the device clock set back between storing and reading: the next page refreshes first', async () => {
    const storage = memoryStorageAdapter();
    const first = h.createSession({ storage });
    await first.initialize();
    first.setSession(await h.signIn());
    await vi.advanceTimersByTimeAsync(0);
    first.destroy();
    // 50 minutes pass, but the device's clock now reads 10 minutes before the write.
    vi.setSystemTime(Date.now() - 10 * MINUTE);
    h.emulator.clock.advance(HOUR);
    const second = h.createSession({ storage });
    const refreshed = nextEvent(second, 'tokenRefreshed');
    await second.initialize();
    await refreshed;
    expect(h.refreshCount()).toBe(1);
    expect(await deadTokensOver(second, 120)).toBe(0);
  });

  it('a server clock that jumps ahead: one rejected call, one refresh, then the new offset holds', async () => {
    const auth = await signedInEngine();
    h.emulator.clock.advance(HOUR);
    let rejected = 0;
    const call = (token: string) => {
      if (!deadAtServer(token)) return Promise.resolve('ok');
      rejected++;
      return Promise.reject(new AuthError('unauthenticated', 'expired', { status: 401 }));
    };
    expect(await auth.withIdToken(call)).toBe('ok');
    expect(rejected).toBe(1);
    expect(h.refreshCount()).toBe(1);
    expect(await deadTokensOver(auth, 120)).toBe(0);
    expect(h.refreshCount()).toBe(3);
  });

  it('createAuthFetch shares the rule: a 401 for a token dead at the server is refreshed once and retried', async () => {
    const auth = await signedInEngine();
    h.emulator.clock.advance(HOUR);
    const api = async (_input: Request | string | URL, init?: RequestInit) => {
      const token = new Headers(init?.headers).get('authorization')!.slice('Bearer '.length);
      return new Response(null, { status: deadAtServer(token) ? 401 : 200 });
    };
    const authFetch = createAuthFetch(auth, { fetch: api });
    expect((await authFetch('http://app.test/api')).status).toBe(200);
    expect(h.refreshCount()).toBe(1);
    for (let minute = 0; minute < 60; minute++) {
      expect((await authFetch('http://app.test/api')).status).toBe(200);
      await vi.advanceTimersByTimeAsync(MINUTE);
    }
    expect(h.refreshCount()).toBe(2);
  });
});

describe('createServerClock', () => {
  const token = (iat: number, exp: number) =>
    `${btoa('{"alg":"none"}')}.${btoa(JSON.stringify({ iat, exp }))}.`;

  it('learns the offset from iat at receipt and holds expiry to exp - offset', () => {
    let local = 1_000_000_000_000;
    const clock = createServerClock(() => local);
    const iat = local / 1000 + 3600; // the server is an hour ahead
    const idToken = token(iat, iat + 3600);
    const session = { idToken, expiresAt: local + 2 * HOUR } as never;
    expect(clock.expiresAt(session)).toBe(local + 2 * HOUR); // nothing learned yet
    clock.learn(idToken, local);
    expect(clock.expiresAt(session)).toBe(local + HOUR);
    local += 10 * MINUTE;
    expect(clock.jumpedBack()).toBe(false);
  });

  it('notices a clock that runs backwards, and forgets it when a new token is learned', () => {
    let local = 1_000_000_000_000;
    const clock = createServerClock(() => local);
    clock.now();
    local -= 1_000; // jitter
    expect(clock.jumpedBack()).toBe(false);
    local -= HOUR;
    expect(clock.jumpedBack()).toBe(true);
    clock.learn(token(local / 1000, local / 1000 + 3600), local);
    expect(clock.jumpedBack()).toBe(false);
    // A token stored "in the future" (written before the clock was set back).
    clock.learn(token(local / 1000, local / 1000 + 3600), local + 10 * MINUTE);
    expect(clock.jumpedBack()).toBe(true);
  });
});

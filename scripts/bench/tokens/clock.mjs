// A virtual clock for the token benchmark: `setTimeout`/`clearTimeout` on globalThis are replaced
// by a queue that only runs when the benchmark advances the clock, and every `now` option (session,
// client, emulator) reads `clock.now`. Real async work (WebCrypto signing in the emulator, promise
// chains) still runs for real: after each fired timer the clock waits, on the real event loop,
// until no request is in flight. 24 simulated hours take a fraction of a second and the counts do
// not depend on the machine's speed.
const realSetImmediate = globalThis.setImmediate;
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

export function installClock({ start = Date.UTC(2030, 0, 1), inFlight = () => 0 } = {}) {
  let now = start;
  let nextId = 1;
  const timers = new Map();

  globalThis.setTimeout = (fn, ms = 0, ...args) => {
    const id = nextId++;
    timers.set(id, { id, at: now + Math.max(0, Number(ms) || 0), fn, args });
    // Node code may call unref()/ref() on a timer handle; a number with those methods would not
    // compare equal to itself through clearTimeout, so hand out a small object.
    return {
      id,
      unref() {
        return this;
      },
      ref() {
        return this;
      },
      hasRefed: () => false,
      [Symbol.toPrimitive]: () => id,
    };
  };
  globalThis.clearTimeout = (handle) => {
    if (handle == null) return;
    timers.delete(typeof handle === 'object' ? handle.id : Number(handle));
  };

  /** Lets real async work finish: yields to the real event loop until nothing is in flight. */
  async function settle() {
    let quiet = 0;
    for (let i = 0; i < 200_000 && quiet < 5; i++) {
      await new Promise((resolve) => realSetImmediate(resolve));
      quiet = inFlight() === 0 ? quiet + 1 : 0;
    }
  }

  /** Moves the clock to `target`, firing due timers in order (each followed by `settle()`). */
  async function advanceTo(target) {
    await settle();
    for (;;) {
      let next = null;
      for (const t of timers.values())
        if (
          t.at <= target &&
          (next === null || t.at < next.at || (t.at === next.at && t.id < next.id))
        )
          next = t;
      if (!next) break;
      timers.delete(next.id);
      now = Math.max(now, next.at);
      next.fn(...next.args);
      await settle();
    }
    now = Math.max(now, target);
    await settle();
  }

  return {
    now: () => now,
    /** Jumps without firing timers: a frozen tab or a sleeping laptop. */
    jump(ms) {
      now += ms;
    },
    advance: (ms) => advanceTo(now + ms),
    settle,
    pendingTimers: () => timers.size,
    uninstall() {
      globalThis.setTimeout = realSetTimeout;
      globalThis.clearTimeout = realClearTimeout;
    },
  };
}

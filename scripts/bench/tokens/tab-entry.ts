// One browser tab of the five-tab token benchmark: the real session engine, its API on `window`.
// The clock is `Date.now() + offset`, the offset set by the benchmark (the Node emulator uses the
// same one), so the benchmark can move every tab past expiry at once without waiting an hour.
import {
  createAuthClient,
  createAuthSession,
  type AuthSession,
  type Session,
} from '../../../src/core/index.ts';

declare global {
  interface Window {
    tab: ReturnType<typeof makeTab>;
  }
}

function makeTab() {
  let offset = 0;
  const now = () => Date.now() + offset;
  const client = createAuthClient({ baseUrl: `${location.origin}/api/v1/`, now });
  let session: AuthSession | null = null;
  const events: string[] = [];
  return {
    setOffset(ms: number) {
      offset = ms;
    },
    /** `coordinated: false`: each tab on its own (memory storage, no channel; Web Locks removed by the page). */
    async start(options: { coordinated: boolean }) {
      session = createAuthSession({
        client,
        now,
        storage: options.coordinated ? 'local' : 'memory',
        crossTab: options.coordinated,
        logger: { warn() {} },
      });
      session.onAuthStateChange((event) => events.push(event.type));
      await session.initialize();
      return session.getSnapshot().status;
    },
    async signIn(email: string, password: string) {
      const { session: signedIn } = await client.signInWithEmail({ email, password });
      session!.setSession(signedIn);
      return signedIn;
    },
    setSession(value: Session) {
      session!.setSession(value);
    },
    status: () => session!.getSnapshot().status,
    expiresAt: () => session!.getSnapshot().session?.expiresAt ?? null,
    visibility: () => document.visibilityState,
    locks: () => typeof navigator.locks?.request === 'function',
    events: () => [...events],
    /** `calls` authenticated calls in the same tick, starting at wall-clock time `at`. */
    async burst(calls: number, email: string, at: number) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
      const results = await Promise.allSettled(
        Array.from({ length: calls }, () =>
          session!.withIdToken((idToken) => client.updateEmail({ email }, { idToken })),
        ),
      );
      return results
        .filter((r) => r.status === 'rejected')
        .map((r) => String((r as PromiseRejectedResult).reason));
    },
  };
}

window.tab = makeTab();

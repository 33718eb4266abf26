import { useEffect, useSyncExternalStore } from 'react';

/*
 * The marks are 2.3 kB of inline SVG: a sign-in page without OAuth buttons should not ship them,
 * and one with buttons should not wait for them. So they load through `import()` once a button
 * mounts, and until then each button holds an empty box of the mark's size (same CSS slot): the
 * label does not move when the mark arrives, and the button works from the first paint (the mark
 * is decorative; its text names the provider).
 */

/** The providers with a mark in `ProviderMark.tsx` (typed there, so the two lists cannot drift). */
export const PROVIDERS_WITH_MARK = ['google.com', 'github.com', 'facebook.com'] as const;
export type ProviderWithMark = (typeof PROVIDERS_WITH_MARK)[number];

/** Whether a provider has a mark (unknown providers get a text-only button, and no reserved box). */
export function hasProviderMark(providerId: string): providerId is ProviderWithMark {
  return (PROVIDERS_WITH_MARK as readonly string[]).includes(providerId);
}

type MarksModule = typeof import('./ProviderMark.js');
let loaded: MarksModule | null = null;
let loading: Promise<MarksModule> | null = null;
const listeners = new Set<() => void>();

/** Loads the marks once; a failed load is tried again by the next button that mounts. */
function loadProviderMarks(): Promise<MarksModule> {
  loading ??= import('./ProviderMark.js').then(
    (marks) => {
      loaded = marks;
      for (const listener of listeners) listener();
      return marks;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * An OAuth button's mark: an empty box of its size until the marks are loaded, then the SVG.
 * The server and the hydrating render show the box too, so the markup matches.
 */
export function LazyProviderMark({ providerId }: { providerId: string }) {
  const marks = useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
  const wanted = hasProviderMark(providerId);
  useEffect(() => {
    // A mark that failed to load leaves its box empty: the button still reads and works, and the
    // next button that mounts tries again. The error itself is the browser's (network panel).
    if (wanted && !loaded) loadProviderMarks().catch(() => undefined);
  }, [wanted]);
  if (!hasProviderMark(providerId)) return null;
  if (marks) return <marks.ProviderMark providerId={providerId} />;
  return <span data-slot="oauth-button-mark" data-state="loading" aria-hidden="true" />;
}

/**
 * Is this page in a position to refresh? Hidden tabs leave proactive refreshing to a visible one
 * (or to their own return), and offline pages would only fail. Modelled on TanStack Query's
 * focusManager/onlineManager: listen once, expose `isActive()`, call back when the page comes back.
 */

export interface ActivityMonitor {
  /** Visible and online (true wherever there is no document or navigator). */
  isActive(): boolean;
  destroy(): void;
}

function isVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

function isOnline(): boolean {
  // `navigator.onLine === false` is reliable; `true` only means "maybe", which is fine here.
  // Feature-detected (Node 20 has no `navigator`): compat does not read `typeof x === 'undefined' ||`.
  // eslint-disable-next-line compat/compat
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/**
 * Calls `onResume` whenever the page becomes visible, regains focus or comes back online while
 * active; the engine then refreshes at once if the token fell due meanwhile.
 *
 * @example
 * const monitor = createActivityMonitor(() => catchUp())
 * if (monitor.isActive()) refresh()
 */
export function createActivityMonitor(onResume: () => void): ActivityMonitor {
  const isActive = () => isVisible() && isOnline();
  if (typeof window === 'undefined') return { isActive, destroy: () => {} };
  const handle = () => {
    if (isActive()) onResume();
  };
  const targets: Array<[EventTarget, string]> = [
    [window, 'online'],
    [window, 'focus'],
  ];
  if (typeof document !== 'undefined') targets.push([document, 'visibilitychange']);
  for (const [target, type] of targets) target.addEventListener(type, handle);
  return {
    isActive,
    destroy: () => {
      for (const [target, type] of targets) target.removeEventListener(type, handle);
    },
  };
}

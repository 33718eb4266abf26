/**
 * `AbortSignal.any` and `AbortSignal.timeout` without needing them: they arrived in Safari 17.4
 * and 16 (Chrome 116 and 103), above the kit's browser floor (iOS/Safari 15.4). Built from
 * `AbortController` + `setTimeout`, and each returns `dispose()` so no timer or listener outlives
 * the request that made it.
 */

/** A signal the caller owns: call `dispose()` when the work it guards is over. */
export interface DisposableSignal {
  signal: AbortSignal;
  dispose(): void;
}

/**
 * Aborts after `ms` with a `TimeoutError`, like `AbortSignal.timeout(ms)`; `dispose()` clears the
 * timer.
 *
 * @example
 * const deadline = timeoutSignal(15_000)
 * try { await fetch(url, { signal: deadline.signal }) } finally { deadline.dispose() }
 */
export function timeoutSignal(ms: number): DisposableSignal {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')),
    ms,
  );
  return { signal: controller.signal, dispose: () => clearTimeout(timer) };
}

/**
 * Aborts as soon as any of `signals` does, with that signal's reason, like `AbortSignal.any`;
 * `undefined` entries are skipped. `dispose()` removes the listeners it put on the inputs (a
 * long-lived signal such as a component's would otherwise collect one per request).
 *
 * @example
 * const combined = anySignal([request.signal, deadline.signal])
 * try { await fetch(url, { signal: combined.signal }) } finally { combined.dispose() }
 */
export function anySignal(signals: ReadonlyArray<AbortSignal | undefined>): DisposableSignal {
  const controller = new AbortController();
  const inputs = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  const dispose = () => {
    for (const input of inputs) input.removeEventListener('abort', onAbort);
  };
  function onAbort(this: AbortSignal) {
    dispose();
    controller.abort(this.reason);
  }
  const already = inputs.find((input) => input.aborted);
  if (already) controller.abort(already.reason);
  else for (const input of inputs) input.addEventListener('abort', onAbort);
  return { signal: controller.signal, dispose };
}

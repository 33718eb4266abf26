/**
 * The signal helpers that stand in for `AbortSignal.any`/`timeout` (above the browser floor):
 * they abort when they should, with the right reason, and leave no timer or listener behind.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anySignal, timeoutSignal } from '../../../src/core/abort';
import { createAuthClient } from '../../../src/core/client';
import { createTestEmulator } from '../../helpers/emulator';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('timeoutSignal', () => {
  it('aborts after the delay with a TimeoutError, not before', () => {
    const { signal } = timeoutSignal(1_000);
    vi.advanceTimersByTime(999);
    expect(signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toMatchObject({ name: 'TimeoutError' });
  });

  it('dispose() clears the timer', () => {
    const deadline = timeoutSignal(1_000);
    expect(vi.getTimerCount()).toBe(1);
    deadline.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5_000);
    expect(deadline.signal.aborted).toBe(false);
  });
});

describe('anySignal', () => {
  it('aborts with the reason of the first input that aborts; undefined inputs are skipped', () => {
    const first = new AbortController();
    const second = new AbortController();
    const { signal } = anySignal([first.signal, undefined, second.signal]);
    expect(signal.aborted).toBe(false);
    second.abort('second');
    first.abort('first');
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('second');
  });

  it('is aborted at once when an input already is', () => {
    const { signal } = anySignal([AbortSignal.abort('early'), new AbortController().signal]);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('early');
  });

  it('dispose() takes its listeners off the inputs', () => {
    const input = new AbortController();
    const remove = vi.spyOn(input.signal, 'removeEventListener');
    const combined = anySignal([input.signal]);
    combined.dispose();
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
    input.abort();
    expect(combined.signal.aborted).toBe(false);
  });
});

describe('requests', () => {
  it('leave no timer and no listener on the caller signal behind', async () => {
    const test = createTestEmulator();
    const client = createAuthClient({ baseUrl: test.baseUrl, fetch: test.fetch });
    const caller = new AbortController();
    const added = vi.spyOn(caller.signal, 'addEventListener');
    const removed = vi.spyOn(caller.signal, 'removeEventListener');
    await client.fetchEmailProviders({ email: 'nobody@example.com' }, { signal: caller.signal });
    expect(vi.getTimerCount()).toBe(0);
    expect(added).toHaveBeenCalledTimes(1);
    expect(removed).toHaveBeenCalledWith(...added.mock.calls[0]!.slice(0, 2));
  });

  it('a caller abort is `aborted`, the deadline is `timeout`', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    const client = createAuthClient({ baseUrl: 'http://api.test/', fetch: never, timeoutMs: 50 });
    const caller = new AbortController();
    const aborted = client.fetchEmailProviders(
      { email: 'a@example.com' },
      { signal: caller.signal },
    );
    caller.abort();
    await expect(aborted).rejects.toMatchObject({ code: 'aborted' });
    const timedOut = client.fetchEmailProviders({ email: 'a@example.com' });
    const expectation = expect(timedOut).rejects.toMatchObject({ code: 'timeout' });
    await vi.advanceTimersByTimeAsync(50);
    await expectation;
    expect(vi.getTimerCount()).toBe(0);
  });
});

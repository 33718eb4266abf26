/**
 * Injected failures and delays, so client retry/offline paths can be tested deterministically.
 * A fault is consumed by the next `count` matching requests, then disappears.
 */
import type { Fault } from './types.js';

interface ActiveFault extends Fault {
  remaining: number;
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  if (fault.path.endsWith('*')) return path.startsWith(fault.path.slice(0, -1));
  return fault.path === path;
}

export class FaultRegistry {
  #faults: ActiveFault[] = [];

  add(fault: Fault): void {
    this.#faults.push({ ...fault, remaining: Math.max(1, Math.floor(fault.count ?? 1)) });
  }

  clear(): void {
    this.#faults = [];
  }

  list(): Fault[] {
    return this.#faults.map(({ remaining, ...fault }) => ({ ...fault, count: remaining }));
  }

  /** Returns (and consumes one use of) the first fault matching this request. */
  take(method: string, path: string): Fault | undefined {
    const index = this.#faults.findIndex((fault) => matches(fault, method, path));
    if (index < 0) return undefined;
    const fault = this.#faults[index];
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    const { remaining: _remaining, ...rest } = fault;
    return rest;
  }
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

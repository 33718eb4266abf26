// What both pages expose to render.mjs on `window.bench`:
//   mount()      mounts the page in a fresh root; returns ms to commit (flushSync) and to layout
//   unmount()
//   profiler()   Profiler onRender calls since the last reset (commits inside the form's subtree)
//   reset()      zeroes the Profiler and the per-component counts (hook.js)
import type { ProfilerOnRenderCallback, ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

declare global {
  interface Window {
    bench: ReturnType<typeof makeBench>;
    __renderStats?: { read(): { commits: number; renders: Record<string, number> }; reset(): void };
  }
}

function makeBench(name: string, page: (onRender: ProfilerOnRenderCallback) => ReactElement) {
  let root: Root | null = null;
  let container: HTMLElement | null = null;
  const profiler = { calls: 0, mounts: 0, updates: 0 };
  const onRender: ProfilerOnRenderCallback = (_id, phase) => {
    profiler.calls++;
    if (phase === 'mount') profiler.mounts++;
    else profiler.updates++;
  };
  return {
    name,
    mount() {
      container = document.createElement('div');
      document.getElementById('root')!.append(container);
      const start = performance.now();
      root = createRoot(container);
      flushSync(() => root!.render(page(onRender)));
      const committed = performance.now();
      void container.offsetHeight; // style + layout of what was committed
      const laidOut = performance.now();
      // What was mounted: a sign-in page has its inputs in the first commit.
      return {
        commitMs: committed - start,
        layoutMs: laidOut - start,
        inputs: container.querySelectorAll('input').length,
      };
    },
    unmount() {
      root?.unmount();
      container?.remove();
      root = null;
      container = null;
    },
    profiler: () => ({ ...profiler }),
    reset() {
      profiler.calls = profiler.mounts = profiler.updates = 0;
      window.__renderStats?.reset();
    },
    stats: () => window.__renderStats?.read() ?? null,
  };
}

export function setup(
  name: string,
  page: (onRender: ProfilerOnRenderCallback) => ReactElement,
): void {
  window.bench = makeBench(name, page);
}

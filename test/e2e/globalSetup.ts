/**
 * One playground server for the whole e2e run (each test file still gets its own browser, and
 * each test its own browser context). Files run one after another (`fileParallelism: false`), so
 * the shared emulator is never used by two files at once; tests use unique emails anyway.
 */
import type { TestProject } from 'vitest/node';
import { startPlaygroundServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>` of the playground started for this run. */
    playgroundOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const playground = await startPlaygroundServer();
  project.provide('playgroundOrigin', playground.origin);
  return () => playground.close();
}

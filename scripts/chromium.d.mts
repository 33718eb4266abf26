// Types for scripts/chromium.mjs, which TypeScript files (vite.config.ts, test/e2e/server.ts) import.
import type { Browser } from 'playwright-core';

export const chromiumPath: string;
export const CHROMIUM_ARGS: readonly string[];
export function launchChromium(): Promise<Browser>;

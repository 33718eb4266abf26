// The system's Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) driven by playwright-core:
// never a downloaded browser (there is no internet here; `npm test` runs ensure-chromium.mjs first).
// The one place its path and flags are written: the scripts, vite.config.ts (browser and story
// tests) and the e2e server all launch it from here.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, no sandbox (containers), nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium() {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} missing (set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

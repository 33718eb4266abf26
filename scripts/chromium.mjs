// The system's Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) driven by playwright-core:
// never a downloaded browser (there is no internet here; `npm test` runs ensure-chromium.mjs first).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, no sandbox (containers), nothing that phones home. */
export function launchChromium() {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} missing (set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

#!/usr/bin/env node
// Browser tests need a Chromium that is not downloaded by a test tool (there is no internet here).
// Finds one; on Debian as root installs the distribution's package; otherwise says exactly what to install.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (found) {
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log(
    "No Chromium found: installing Debian's chromium package (apt-get install -y chromium)...",
  );
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'Browser tests need Chromium and none was found.\n' +
    'Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
);
process.exit(1);

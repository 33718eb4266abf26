// The declared browser floor (package.json `browserslist.production`) as esbuild targets, so the library
// build's syntax is lowered to what the oldest supported browser parses. Node (the server entry,
// the emulator's CLI) is added with the `engines` floor.
import { readFileSync } from 'node:fs';
import { floorOf } from './eslint/staticApiFloor.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** browser-compat-data ids -> esbuild target names (mobile ones share their desktop engine). */
const ESBUILD = {
  chrome: 'chrome',
  edge: 'edge',
  firefox: 'firefox',
  opera: 'opera',
  safari: 'safari',
  safari_ios: 'ios',
};

/** e.g. `['chrome91', 'edge91', 'firefox90', 'ios15.4', 'opera77', 'safari15.4', 'node20.19']` */
export function esbuildTargets() {
  const floor = floorOf(pkg.browserslist.production);
  const targets = Object.entries(floor)
    .filter(([id]) => ESBUILD[id])
    .map(([id, version]) => `${ESBUILD[id]}${version}`);
  const node = /(\d+(?:\.\d+)?)/.exec(pkg.engines.node)?.[1];
  return [...targets.sort(), `node${node}`];
}

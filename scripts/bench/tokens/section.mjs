// Reads bench/results.json, replaces one section (`render` or `tokens`), writes it back, then lets
// run.mjs regenerate bench/results.md (`--no-peers`: our sizes only, the peers' numbers are kept).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../measure.mjs';

export function writeSection(name, value, { markdown = true } = {}) {
  const path = resolve(ROOT, 'bench/results.json');
  const results = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { schema: 1 };
  results[name] = value;
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  if (!markdown) return;
  const run = spawnSync(process.execPath, [resolve(ROOT, 'scripts/bench/run.mjs'), '--no-peers'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0)
    console.warn(`run.mjs --no-peers failed; bench/results.md not regenerated:\n${run.stderr}`);
}

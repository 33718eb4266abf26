#!/usr/bin/env node
// Where does a scenario's weight come from? `node scripts/bench/analyze.mjs <scenario-id> [count]`
// prints the largest inputs (minified bytes before gzip) of the first load of one of the scenarios in
// size.mjs (entry chunk + its static imports, as `npm run size` counts it), then the lazy chunks.
import { build } from 'esbuild';
import { ROOT, buildOptions, firstLoadOutputs, gzipSize } from './measure.mjs';
import { OWN_SCENARIOS } from './size.mjs';
import { relative } from 'node:path';

const [id, count = '25'] = process.argv.slice(2);
const scenario = OWN_SCENARIOS.find((s) => s.id === id);
if (!scenario) {
  console.error(
    `Usage: node scripts/bench/analyze.mjs <${OWN_SCENARIOS.map((s) => s.id).join('|')}> [count]`,
  );
  process.exit(2);
}
const result = await build(buildOptions({ ...scenario, resolveDir: ROOT }));
const { firstLoad, lazy } = firstLoadOutputs(result.metafile);
const text = new Map(
  result.outputFiles.map((f) => [relative(process.cwd(), f.path).replaceAll('\\', '/'), f.text]),
);
const inputsOf = (paths) => {
  const totals = new Map();
  for (const path of paths)
    for (const [file, { bytesInOutput }] of Object.entries(result.metafile.outputs[path].inputs))
      totals.set(file, (totals.get(file) ?? 0) + bytesInOutput);
  return [...totals].sort((a, b) => b[1] - a[1]);
};
const sorted = inputsOf(firstLoad);
console.log(`First load (${firstLoad.size} chunk(s)), minified bytes per input:`);
for (const [file, bytes] of sorted.slice(0, Number(count)))
  console.log(String(bytes).padStart(7), file);
console.log(
  String(sorted.reduce((sum, [, bytes]) => sum + bytes, 0)).padStart(7),
  `total (${sorted.length} inputs)`,
);
for (const path of lazy) {
  const inputs = inputsOf([path]);
  console.log(
    `\nLazy chunk ${path}: ${text.get(path)?.length ?? 0} B minified, ${gzipSize(text.get(path) ?? '')} B gzip`,
  );
  for (const [file, bytes] of inputs.slice(0, 12)) console.log(String(bytes).padStart(7), file);
}

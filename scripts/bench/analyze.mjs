#!/usr/bin/env node
// Where does a scenario's weight come from? `node scripts/bench/analyze.mjs <scenario-id> [count]`
// prints the largest inputs (minified bytes before gzip) of one of the scenarios in size.mjs.
import { build } from 'esbuild';
import { ROOT, REACT_EXTERNALS } from './measure.mjs';
import { OWN_SCENARIOS } from './size.mjs';

const [id, count = '25'] = process.argv.slice(2);
const scenario = OWN_SCENARIOS.find((s) => s.id === id);
if (!scenario) {
  console.error(
    `Usage: node scripts/bench/analyze.mjs <${OWN_SCENARIOS.map((s) => s.id).join('|')}> [count]`,
  );
  process.exit(2);
}
const result = await build({
  stdin: { contents: scenario.code, resolveDir: ROOT, loader: 'js' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  minify: true,
  metafile: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
  ...(scenario.external === 'packages' ? { packages: 'external' } : { external: REACT_EXTERNALS }),
});
const inputs = Object.values(result.metafile.outputs)[0].inputs;
const sorted = Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
for (const [file, { bytesInOutput }] of sorted.slice(0, Number(count)))
  console.log(String(bytesInOutput).padStart(7), file);
console.log(
  String(sorted.reduce((sum, [, v]) => sum + v.bytesInOutput, 0)).padStart(7),
  `total (${sorted.length} inputs)`,
);

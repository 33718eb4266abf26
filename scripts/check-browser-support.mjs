#!/usr/bin/env node
// `npm run check:browsers`: does the stylesheet fit the declared floor (package.json
// `browserslist`)? doiuse reads every CSS feature against caniuse's data. A feature some target
// lacks fails the check unless it is listed below with the reason it degrades harmlessly, or
// (for dvh) the declaration follows a fallback the older browsers keep. The JavaScript side is
// held to the same floor by `npm run lint` (eslint-plugin-compat + floor/static-api) and the
// library build's syntax target (scripts/browserTargets.mjs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import postcss from 'postcss';
import doiuse from 'doiuse';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const STYLESHEET = 'src/components/styles.css';

/** Features some target lacks that the kit uses on purpose, and why that is fine. */
const HARMLESS = {
  'css3-cursors': 'touch screens have no pointer to show a cursor on',
};

/** Features allowed when the same property was declared just before without them (a fallback). */
const WITH_FALLBACK = { 'viewport-unit-variants': /\d+(dvh|svh|lvh)/ };

const css = readFileSync(resolve(root, STYLESHEET), 'utf8');
const failures = [];
const partial = new Set();
const plugin = doiuse({
  browsers: pkg.browserslist.production,
  onFeatureUsage(usage) {
    const { feature, message } = usage;
    if (/only partially supported/.test(message)) return void partial.add(feature);
    if (HARMLESS[feature]) return;
    const decl = usage.usage;
    if (WITH_FALLBACK[feature] && decl.type === 'decl') {
      const previous = decl.prev();
      const fallback = previous?.type === 'comment' ? previous.prev() : previous;
      if (
        fallback?.type === 'decl' &&
        fallback.prop === decl.prop &&
        !WITH_FALLBACK[feature].test(fallback.value)
      )
        return;
    }
    failures.push(
      `${STYLESHEET}:${decl.source.start.line}: ${message.split(': ').slice(1).join(': ')}`,
    );
  },
});
await postcss([plugin]).process(css, { from: STYLESHEET });

console.log(`Browser floor: ${pkg.browserslist.production.join(', ')}`);
if (partial.size > 0)
  console.log(
    `Partly supported somewhere (degrades, not checked further): ${[...partial].join(', ')}`,
  );
if (failures.length > 0) {
  console.error(`\nCSS features beyond the floor without a fallback:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`${STYLESHEET} fits the floor.`);

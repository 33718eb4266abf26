// ESLint rule `floor/static-api`: flags static members of platform globals (`AbortSignal.any`,
// `AbortSignal.timeout`, `Promise.withResolvers`, `Object.groupBy`...) that a target below the
// declared floor lacks. eslint-plugin-compat checks constructors, instance APIs and globals but
// not these static methods (its data has no `_static` entries), which is exactly how
// `AbortSignal.any` once slipped in: see issue 16. Data: @mdn/browser-compat-data.
//
// An access counts as guarded (and is allowed) when it is the operand of `typeof`, or sits in the
// consequent of an `if`/`?:` or the right side of `&&` whose test mentions the same member.
import { createRequire } from 'node:module';
import browserslist from 'browserslist';

const require = createRequire(import.meta.url);
const bcd = require('@mdn/browser-compat-data');

/** browserslist family -> browser-compat-data browser id. */
const FAMILIES = {
  chrome: 'chrome',
  edge: 'edge',
  firefox: 'firefox',
  opera: 'opera',
  safari: 'safari',
  ios_saf: 'safari_ios',
  samsung: 'samsunginternet_android',
  and_chr: 'chrome_android',
  and_ff: 'firefox_android',
  op_mob: 'opera_android',
  node: 'nodejs',
};

const versionParts = (version) => String(version).replace('≤', '').split('.').map(Number);
function atLeast(version, floor) {
  const [a, b] = [versionParts(version), versionParts(floor)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** The oldest version of each family that the queries include, in BCD browser ids. */
export function floorOf(queries) {
  const floor = {};
  for (const entry of browserslist(queries)) {
    const [family, range] = entry.split(' ');
    const id = FAMILIES[family];
    if (!id) continue;
    const version = range.split('-')[0];
    if (!floor[id] || !atLeast(version, floor[id])) floor[id] = version;
  }
  return floor;
}

/** True when BCD says the feature is there, unflagged and whole, in `version` of `browser`. */
function supported(compat, browser, version) {
  const statements = [compat.support[browser] ?? []].flat();
  return statements.some((statement) => {
    const added = statement.version_added;
    if (!added || added === 'preview' || statement.flags || statement.partial_implementation)
      return false;
    if (statement.prefix || statement.alternative_name) return false;
    if (statement.version_removed && atLeast(version, statement.version_removed)) return false;
    return added === true || atLeast(version, added);
  });
}

function compatOf(object, property) {
  return (
    bcd.api[object]?.[`${property}_static`]?.__compat ??
    bcd.javascript.builtins[object]?.[property]?.__compat
  );
}

const memberText = (node) =>
  node.type === 'MemberExpression' &&
  !node.computed &&
  node.object.type === 'Identifier' &&
  node.property.type === 'Identifier'
    ? `${node.object.name}.${node.property.name}`
    : null;

function mentions(node, text) {
  let found = false;
  const visit = (current) => {
    if (found || !current || typeof current.type !== 'string') return;
    if (memberText(current) === text) found = true;
    for (const [key, value] of Object.entries(current)) {
      if (key === 'parent') continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value.type === 'string') visit(value);
    }
  };
  visit(node);
  return found;
}

function guarded(node, text) {
  if (node.parent?.type === 'UnaryExpression' && node.parent.operator === 'typeof') return true;
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    const isConditional = parent.type === 'IfStatement' || parent.type === 'ConditionalExpression';
    if (isConditional && child === parent.consequent && mentions(parent.test, text)) return true;
    if (parent.type === 'LogicalExpression' && parent.operator === '&&' && child === parent.right)
      if (mentions(parent.left, text)) return true;
  }
  return false;
}

export const staticApiRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Static platform APIs must exist in every target of the floor' },
    schema: [],
  },
  create(context) {
    const queries = context.settings.floor;
    if (!queries) return {};
    const floor = floorOf(queries);
    return {
      MemberExpression(node) {
        const text = memberText(node);
        if (!text) return;
        // A local binding of the same name is not the platform global.
        const scope = context.sourceCode.getScope(node);
        let variable = null;
        for (let s = scope; s && !variable; s = s.upper) variable = s.set.get(node.object.name);
        if (variable && variable.defs.length > 0) return;
        const compat = compatOf(node.object.name, node.property.name);
        if (!compat) return;
        const missing = Object.entries(floor)
          .filter(([browser, version]) => !supported(compat, browser, version))
          .map(([browser, version]) => `${browser} ${version}`);
        if (missing.length === 0 || guarded(node, text)) return;
        context.report({
          node,
          message: `${text} is not in ${missing.join(', ')} (below the declared floor). Feature-detect it or write a fallback (as src/core/abort.ts does).`,
        });
      },
    };
  },
};

export default { rules: { 'static-api': staticApiRule } };

/**
 * The spec's example bodies are the contract. Every `{ ... }` block before a `curl` in
 * spec/deskree-auth-api.seed.txt is extracted; for `data` examples the emulator's real answer must
 * have every field shown with the same JSON type (recursively), for `errors` examples the same
 * envelope with the exact status, title and detail.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestEmulator } from '../../helpers/emulator';
import { bearer, call, post, signUp } from '../../helpers/emulatorRequests';
import type { JsonResult, Loose } from '../../helpers/emulatorRequests';
import type { Emulator } from '../../../src/emulator';

interface SpecExample {
  method: string;
  /** Path below /api/v1/auth/accounts ('' for the account itself). */
  path: string;
  body: Loose;
}

function extractExamples(text: string): SpecExample[] {
  const lines = text.split('\n');
  const examples: SpecExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '{') continue;
    const end = lines.indexOf('}', i);
    let json = lines.slice(i, end + 1).join('\n');
    // The spec's sign-in/idp example is missing the commas after `"photoUrl": ""` and after the
    // idToken line; repair exactly those two spots so the rest of the example stays verbatim.
    json = json.replace(/("photoUrl": "")\n/, '$1,\n').replace(/("idToken": "[^"\n]+")\n/, '$1,\n');
    const curl = lines.slice(end).find((line) => line.startsWith('curl'));
    if (!curl) throw new Error(`no curl after the example at line ${i + 1}`);
    const curlBlock = lines.slice(lines.indexOf(curl, end), lines.indexOf(curl, end) + 4).join(' ');
    const path = /\/api\/v1\/auth\/accounts([^'"\s]*)/.exec(curl)?.[1] ?? '';
    const method =
      /--request (\w+)/.exec(curlBlock)?.[1] ?? (/--data/.test(curlBlock) ? 'POST' : 'GET');
    examples.push({ method, path, body: JSON.parse(json) });
    i = end;
  }
  return examples;
}

/** Every field of `expected` is in `actual` with the same JSON type; arrays shown non-empty must be non-empty. */
function shapeMismatches(expected: unknown, actual: unknown, at = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}: expected an array, got ${JSON.stringify(actual)}`];
    if (expected.length === 0) return [];
    if (actual.length === 0) return [`${at}: expected a non-empty array`];
    return actual.flatMap((item, index) => shapeMismatches(expected[0], item, `${at}[${index}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return [`${at}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([key, value]) =>
      key in actual
        ? shapeMismatches(value, (actual as Record<string, unknown>)[key], `${at}.${key}`)
        : [`${at}.${key}: missing`],
    );
  }
  const type = (v: unknown) => (v === null ? 'null' : typeof v);
  return type(expected) === type(actual)
    ? []
    : [`${at}: expected ${type(expected)}, got ${type(actual)} (${JSON.stringify(actual)})`];
}

const CALLBACK = 'http://localhost';
type Scenario = (emulator: Emulator) => Promise<JsonResult<Loose>>;

async function oauthScenario(
  emulator: Emulator,
  needConfirmation: boolean,
): Promise<JsonResult<Loose>> {
  if (needConfirmation) await signUp(emulator, 'example@example.org');
  const { authUri, sessionId } = (
    await post(emulator, '/sign-in/auth-url', { providerId: 'google.com', callBackUri: CALLBACK })
  ).body.data;
  const redirect = new URL(
    await emulator.completeOAuth(authUri, {
      email: 'example@example.org',
      displayName: 'Johnathan Doe',
    }),
  );
  const token = new URLSearchParams(redirect.hash.slice(1)).get('id_token');
  return post(emulator, '/sign-in/idp', {
    sessionId,
    providerId: 'google.com',
    callBackUri: CALLBACK,
    token,
    code: 'ignored',
  });
}

/** How to obtain, from the emulator, the answer each spec example shows. */
const SCENARIOS: Record<string, Scenario[]> = {
  'POST /signup': [
    (e) => post(e, '/signup', { email: 'user@example.com', password: 'qwerty12345' }),
  ],
  'POST /sign-in/email': [
    async (e) => {
      await signUp(e, 'user@example.com', 'qwerty12345');
      return post(e, '/sign-in/email', { email: 'user@example.com', password: 'qwerty12345' });
    },
  ],
  'POST /sign-in/auth-url': [
    (e) => post(e, '/sign-in/auth-url', { providerId: 'google.com', callBackUri: CALLBACK }),
  ],
  'POST /sign-in/idp': [(e) => oauthScenario(e, false), (e) => oauthScenario(e, true)],
  'POST /password-reset': [(e) => post(e, '/password-reset', {})],
  'POST /invite': [
    async (e) => {
      await signUp(e, 'example@example.com');
      return post(e, '/invite', { email: 'example@example.com' });
    },
  ],
  'POST /verify/invite': [(e) => post(e, '/verify/invite', {})],
  'POST /verify/password-reset': [
    (e) =>
      post(e, '/verify/password-reset', {
        oobCode: 'na9uubnkloaf9n18n9u112u41',
        newPassword: 'qwerty12345',
      }),
  ],
  'POST /verify/email': [
    (e) =>
      post(e, '/verify/email', {
        oobCode: 'na9uubnkloaf9n18n9u112u41',
        uid: '0193j401nd18en18dj1nm29dn8nuk',
      }),
  ],
  'POST /update-email': [
    async (e) => {
      const user = await signUp(e);
      return post(e, '/update-email', {}, bearer(user.idToken));
    },
  ],
  'POST /update-password': [
    async (e) => {
      const user = await signUp(e);
      return post(e, '/update-password', {}, bearer(user.idToken));
    },
  ],
  'POST /email-providers': [
    async (e) => {
      await signUp(e, 'example@example.com');
      return post(e, '/email-providers', { email: 'example@example.com' });
    },
  ],
  'POST /token/refresh': [
    async (e) => {
      const user = await signUp(e);
      return post(e, '/token/refresh', { refresh_token: user.refreshToken });
    },
  ],
  // The spec's only DELETE example is the generic 500; provoke it with an injected server fault.
  'DELETE ': [
    async (e) => {
      const user = await signUp(e);
      e.faults.add({ method: 'DELETE', path: '/api/v1/auth/accounts', status: 500 });
      return call(e, 'DELETE', '', undefined, bearer(user.idToken));
    },
  ],
  'GET /roles': [
    (e) => call(e, 'GET', '/roles', undefined, { 'deskree-admin': 'emulator-admin-token' }),
  ],
};

const spec = readFileSync(resolve(process.cwd(), 'spec/deskree-auth-api.seed.txt'), 'utf8');
const examples = extractExamples(spec);

describe('conformance with spec/deskree-auth-api.seed.txt', () => {
  it('extracts one example per endpoint (15) and has a scenario for each', () => {
    expect(examples).toHaveLength(15);
    expect(examples.map((e) => `${e.method} ${e.path}`).sort()).toEqual(
      Object.keys(SCENARIOS).sort(),
    );
  });

  describe.each(examples.map((e) => [`${e.method} /api/v1/auth/accounts${e.path}`, e] as const))(
    '%s',
    (_name, example) => {
      const scenarios = SCENARIOS[`${example.method} ${example.path}`] ?? [];
      it.each(scenarios.map((s, i) => [i, s] as const))(
        "scenario %i answers with the example's shape",
        async (_i, scenario) => {
          const { emulator } = createTestEmulator();
          const actual = await scenario(emulator);
          expect(actual.headers.get('content-type')).toMatch(/^application\/json/);
          if ('errors' in example.body) {
            const [shown] = example.body.errors as {
              code: string;
              title: string;
              detail: string;
            }[];
            expect(actual.status).toBe(Number(shown?.code));
            expect(shapeMismatches(example.body, actual.body)).toEqual([]);
            expect(actual.body.errors).toHaveLength(1);
            expect(actual.body.errors[0]).toEqual(shown);
          } else {
            expect(actual.status).toBe(200);
            expect(shapeMismatches(example.body, actual.body)).toEqual([]);
          }
        },
      );
    },
  );

  it('the shape check itself catches a missing field, a wrong type and an empty array', () => {
    expect(shapeMismatches({ data: { a: '1', b: [1] } }, { data: { a: 1, b: [] } })).toEqual([
      '$.data.a: expected string, got number (1)',
      '$.data.b: expected a non-empty array',
    ]);
    expect(shapeMismatches({ data: { expiresIn: '3600' } }, { data: {} })).toEqual([
      '$.data.expiresIn: missing',
    ]);
  });
});

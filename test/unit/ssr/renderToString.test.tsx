// @vitest-environment node
/**
 * Server rendering: the public components render to HTML inside `AuthProvider` with no DOM at all,
 * and nothing uses `window`, `document` or the storages while rendering (ARCHITECTURE: "no `window`
 * at render; same markup on server and first client render").
 *
 * Prebuilt forms and pages (SignInForm, …) are discovered from the root entry's exports, so each
 * one is covered here as soon as it is exported. Give one props in FORM_PROPS if it needs any.
 */
import type { ComponentType, ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import * as api from '../../../src/index';

const BROWSER_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage'] as const;

/**
 * The node environment has no `window` or `document`: any real use of them while rendering throws
 * a ReferenceError and fails the render. `typeof window` guards are fine, they are how code asks.
 * After rendering nothing may have polyfilled them either.
 */
function serverRender(element: ReactElement): string {
  const html = renderToString(element);
  for (const name of BROWSER_GLOBALS)
    expect(typeof (globalThis as Record<string, unknown>)[name], name).toBe('undefined');
  expect(html.length).toBeGreaterThan(0);
  return html;
}

const PROVIDER_PROPS = { baseUrl: 'http://127.0.0.1:9099/api/v1/', projectId: 'ssr-test' } as const;

/** Props for prebuilt components that cannot render with none. */
const FORM_PROPS: Record<string, Record<string, unknown>> = {};

/** Exported prebuilt forms, pages and dialogs (form primitives such as `Form` are excluded). */
const prebuilt = Object.entries(api as Record<string, unknown>)
  .filter(
    ([name, value]) => /^[A-Z]\w*(Form|Page|Dialog)$/.test(name) && typeof value === 'function',
  )
  .map(([name, value]) => [name, value as ComponentType<Record<string, unknown>>] as const);

describe('server rendering (no window)', () => {
  it('runs without a DOM', () => {
    for (const name of BROWSER_GLOBALS)
      expect(typeof (globalThis as Record<string, unknown>)[name], name).toBe('undefined');
  });

  it('renders the provider and the control components in the loading state', () => {
    const html = serverRender(
      <api.AuthProvider {...PROVIDER_PROPS}>
        <api.AuthLoading>
          <p>checking session</p>
        </api.AuthLoading>
        <api.SignedIn>
          <p>welcome back</p>
        </api.SignedIn>
        <api.SignedOut>
          <p>please sign in</p>
        </api.SignedOut>
        <api.RequireAuth fallback={<p>guard fallback</p>}>
          <p>secret</p>
        </api.RequireAuth>
      </api.AuthProvider>,
    );
    // The status is unknown on the server: only the loading branch and the guard's fallback render.
    expect(html).toContain('checking session');
    expect(html).not.toContain('welcome back');
    expect(html).not.toContain('please sign in');
    expect(html).not.toContain('secret');
  });

  it('renders the themed root, card, alert, button and spinner', () => {
    const html = serverRender(
      <api.AuthProvider {...PROVIDER_PROPS}>
        <api.AuthRoot theme="system" locale={api.fr}>
          <api.AuthCard title="Connexion">
            <api.Alert variant="danger" title="Oops">
              Something failed
            </api.Alert>
            <api.Button type="button">Continue</api.Button>
            <api.Spinner />
          </api.AuthCard>
        </api.AuthRoot>
      </api.AuthProvider>,
    );
    expect(html).toContain('data-slot="auth-root"');
    expect(html).toContain('data-theme="system"');
    expect(html).toContain('Connexion');
    expect(html).toContain('role="alert"');
    expect(html).toContain('Continue');
  });

  it('renders the same markup twice (deterministic, hydration-safe ids)', () => {
    const tree = (
      <api.AuthProvider {...PROVIDER_PROPS}>
        <api.AuthRoot>
          <api.AuthCard title="Sign in">
            <api.Button type="button">Go</api.Button>
          </api.AuthCard>
        </api.AuthRoot>
      </api.AuthProvider>
    );
    expect(serverRender(tree)).toBe(serverRender(tree));
  });

  it.runIf(prebuilt.length > 0).each(prebuilt.map(([name, Component]) => ({ name, Component })))(
    'renders <$name /> inside AuthProvider',
    ({ name, Component }) => {
      const html = serverRender(
        <api.AuthProvider {...PROVIDER_PROPS}>
          <api.AuthRoot>
            <Component {...(FORM_PROPS[name] ?? {})} />
          </api.AuthRoot>
        </api.AuthProvider>,
      );
      expect(html).toContain('data-slot="auth-root"');
      expect(html.length).toBeGreaterThan('<div data-slot="auth-root"></div>'.length);
    },
  );

  it.each([
    ['ResetPasswordPage', api.ResetPasswordPage],
    ['AcceptInvitePage', api.AcceptInvitePage],
  ] as const)(
    '<%s /> renders its loading state until the link is read: a spinner, no form',
    (_name, Page) => {
      const html = serverRender(
        <api.AuthProvider {...PROVIDER_PROPS}>
          <api.AuthRoot>
            <Page />
          </api.AuthRoot>
        </api.AuthProvider>,
      );
      expect(html).toContain('data-state="loading"');
      expect(html).toContain('data-slot="spinner"');
      expect(html).toContain('Loading…');
      expect(html).not.toContain('<form');
    },
  );
});

/**
 * The playground app: every prebuilt screen of the kit on its own route, against the emulator
 * served by the same dev server. Read top-down: providers, shell (header, outbox), routes.
 */
import { useEffect, useRef, type ComponentType, type RefObject } from 'react';
import { AuthRoot, LOCALES } from '../src/components';
import type { LocaleName } from '../src/components';
import { AuthProvider, SignedIn, useAuth } from '../src/react';
import { OutboxPanel } from './OutboxPanel';
import { LOCALE_LABELS, useLocaleName, useTheme, type PlaygroundTheme } from './preferences';
import { interceptLinkClicks, Link, useLocation } from './router';
import { AcceptInviteRoute } from './pages/AcceptInviteRoute';
import { AccountDeletedRoute } from './pages/AccountDeletedRoute';
import { AccountRoute } from './pages/AccountRoute';
import { ForgotPasswordRoute } from './pages/ForgotPasswordRoute';
import { HomeRoute } from './pages/HomeRoute';
import { InviteRoute } from './pages/InviteRoute';
import { NotFoundRoute } from './pages/NotFoundRoute';
import { OAuthCallbackRoute } from './pages/OAuthCallbackRoute';
import { ResetPasswordRoute } from './pages/ResetPasswordRoute';
import { SignInRoute } from './pages/SignInRoute';
import { SignUpRoute } from './pages/SignUpRoute';
import { VerifyEmailRoute } from './pages/VerifyEmailRoute';

/** Path → page. The kit's pages read their own query string (`?oobCode=…`) from `location`. */
const ROUTES: Record<string, ComponentType> = {
  '/': HomeRoute,
  '/sign-in': SignInRoute,
  '/sign-up': SignUpRoute,
  '/oauth/callback': OAuthCallbackRoute,
  '/forgot-password': ForgotPasswordRoute,
  '/reset-password': ResetPasswordRoute,
  '/verify-email': VerifyEmailRoute,
  '/accept-invite': AcceptInviteRoute,
  '/invite': InviteRoute,
  '/account': AccountRoute,
  '/account-deleted': AccountDeletedRoute,
};

/**
 * After a navigation, or a sign-in or sign-out that replaced the page's content under the user,
 * focus goes to the new page's heading (else its main landmark): without it, it stays on <body>
 * and a screen reader starts again from the top of the document.
 */
function useFocusOnPageChange(main: RefObject<HTMLElement | null>): void {
  const { navigationKey } = useLocation();
  const { status } = useAuth();
  const lastKey = useRef(navigationKey);
  const lastStatus = useRef(status);
  useEffect(() => {
    const navigated = lastKey.current !== navigationKey;
    // `loading` → known is the page load settling, not a sign-in: the browser's own start is right.
    const signedInOrOut = lastStatus.current !== status && lastStatus.current !== 'loading';
    lastKey.current = navigationKey;
    lastStatus.current = status;
    // A sign-in or sign-out only moves focus that was lost with the content it was on.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (!navigated && !(signedInOrOut && lost)) return;
    const region = main.current;
    if (!region) return;
    const heading = region.querySelector<HTMLElement>('h1');
    const target = heading ?? region;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [navigationKey, status, main]);
}

function CurrentPage() {
  const { pathname, navigationKey } = useLocation();
  const Page = ROUTES[pathname];
  // A new navigation starts the page afresh, e.g. following a second email link to the same page.
  return Page ? <Page key={navigationKey} /> : <NotFoundRoute pathname={pathname} />;
}

function SignOutButton() {
  const { signOut } = useAuth();
  return (
    <button type="button" className="pg-button" onClick={signOut}>
      Sign out
    </button>
  );
}

function Header({
  theme,
  onThemeChange,
  locale,
  onLocaleChange,
}: {
  theme: PlaygroundTheme;
  onThemeChange: (theme: PlaygroundTheme) => void;
  locale: LocaleName;
  onLocaleChange: (locale: LocaleName) => void;
}) {
  return (
    <header className="pg-header">
      {/* First stop: past the header's switches and page links, straight to the form. */}
      <a className="pg-skip-link" href="#main">
        Skip to content
      </a>
      <Link to="/" className="pg-brand">
        deskree-auth-react <span className="pg-muted">playground</span>
      </Link>
      <div className="pg-controls">
        <button
          type="button"
          className="pg-button"
          aria-pressed={theme === 'dark'}
          onClick={() => onThemeChange(theme === 'dark' ? 'light' : 'dark')}
        >
          Dark theme
        </button>
        <label className="pg-locale">
          <span>Language</span>
          <select
            value={locale}
            onChange={(event) => onLocaleChange(event.target.value as LocaleName)}
          >
            {(Object.keys(LOCALE_LABELS) as LocaleName[]).map((name) => (
              <option key={name} value={name}>
                {LOCALE_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
        <SignedIn>
          <SignOutButton />
        </SignedIn>
      </div>
      <nav aria-label="Pages" className="pg-nav">
        <Link to="/sign-in">Sign in</Link>
        <Link to="/sign-up">Sign up</Link>
        <Link to="/forgot-password">Forgot password</Link>
        <Link to="/invite">Invite</Link>
        <Link to="/account">Account</Link>
      </nav>
    </header>
  );
}

function Main() {
  const main = useRef<HTMLElement>(null);
  useFocusOnPageChange(main);
  return (
    <main id="main" tabIndex={-1} className="pg-main" ref={main}>
      <CurrentPage />
    </main>
  );
}

export function App() {
  const [theme, setTheme] = useTheme();
  const [locale, setLocale] = useLocaleName();
  const shell = useRef<HTMLDivElement>(null);

  // A safety net: any plain same-origin `<a href="/…">` (ours or a kit link given only an href)
  // navigates without a page load. The kit links we configure use `renderLink` / `onX` props.
  useEffect(() => (shell.current ? interceptLinkClicks(shell.current) : undefined), []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.style.colorScheme = theme;
  }, [locale, theme]);

  return (
    // The emulator answers on this very origin (see playground/vite.config.ts).
    <AuthProvider baseUrl={`${location.origin}/api/v1/`}>
      {/* One AuthRoot for the whole page: the kit's theme variables style the shell too. */}
      <AuthRoot theme={theme} locale={LOCALES[locale]}>
        <div className="pg-app" ref={shell}>
          <Header
            theme={theme}
            onThemeChange={setTheme}
            locale={locale}
            onLocaleChange={setLocale}
          />
          <div className="pg-layout">
            <Main />
            <OutboxPanel />
          </div>
        </div>
      </AuthRoot>
    </AuthProvider>
  );
}

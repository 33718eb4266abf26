import type { Preview } from '@storybook/react-vite';
import { AuthRoot } from '../src/components/ui/AuthRoot';
import type { AuthTheme } from '../src/components/ui/AuthRoot';
import { LOCALES, type LocaleName } from '../src/components/i18n/locales';
import '../src/components/styles.css';

const THEMES: readonly AuthTheme[] = ['light', 'dark', 'system'];
const LOCALE_NAMES: readonly LocaleName[] = ['en', 'fr', 'es', 'de'];

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((item) => item === value) ?? fallback;
}

/** The theme asked for from the command line (Vite exposes `VITE_*` variables to the browser). */
function storyTheme(): string | undefined {
  return (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env
    ?.VITE_STORY_THEME;
}

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour theme of the auth UI',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: ['light', 'dark', 'system'],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the auth UI',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // `VITE_STORY_THEME=dark npx vitest run --project stories` runs every story (and its axe check)
  // in the dark theme; stories that pin a theme through `parameters` keep theirs.
  initialGlobals: { theme: pick(storyTheme(), THEMES, 'light'), locale: 'en' },
  // Story tests share one window: each story starts as a fresh visit, without what an earlier
  // story left in `history.state` (the email-link pages remember a success there).
  loaders: [
    () => {
      window.history.replaceState(null, '');
      return {};
    },
  ],
  decorators: [
    (Story, context) => {
      // A story may pin a theme or locale through `parameters` (e.g. the dark-theme story),
      // which wins over the toolbar so those stories always test what their name says.
      const params = context.parameters as { theme?: unknown; locale?: unknown };
      const theme = pick(params.theme ?? context.globals.theme, THEMES, 'light');
      const locale = pick(params.locale ?? context.globals.locale, LOCALE_NAMES, 'en');
      return (
        <AuthRoot
          theme={theme}
          locale={LOCALES[locale]}
          lang={locale}
          style={{ padding: '1.5rem', minHeight: '100%' }}
        >
          <Story />
        </AuthRoot>
      );
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { matchers: { color: /(background|color)$/i } },
    // Any axe violation fails the story's test (and shows red in the a11y panel).
    a11y: { test: 'error' },
  },
};

export default preview;

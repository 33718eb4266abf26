import type { ReactElement } from 'react';
import type { ProviderWithMark } from './LazyProviderMark.js';

/*
 * Loaded on demand by `LazyProviderMark` (see there), never imported statically.
 * Inline marks, not image files: no request, no CSP `img-src` entry, and GitHub's mark follows
 * the text colour (`currentColor`) so it stays visible in the dark theme. Google's and
 * Facebook's marks keep their brand colours, as their brand guidelines ask.
 */
const MARKS: Readonly<Record<ProviderWithMark, { viewBox: string; paths: ReactElement }>> = {
  'google.com': {
    viewBox: '0 0 48 48',
    paths: (
      <>
        <path
          fill="#FFC107"
          d="M43.6 20.1H42V20H24v8h11.3C33.7 32.7 29.2 36 24 36c-6.6 0-12-5.4-12-12s5.4-12 12-12c3.1 0 5.8 1.2 8 3l5.7-5.7C34 6.1 29.3 4 24 4 13 4 4 13 4 24s9 20 20 20 20-9 20-20c0-1.3-.1-2.6-.4-3.9z"
        />
        <path
          fill="#FF3D00"
          d="M6.3 14.7l6.6 4.8C14.7 15.1 19 12 24 12c3.1 0 5.8 1.2 8 3l5.7-5.7C34 6.1 29.3 4 24 4 16.3 4 9.7 8.3 6.3 14.7z"
        />
        <path
          fill="#4CAF50"
          d="M24 44c5.2 0 9.9-2 13.4-5.2l-6.2-5.2C29.2 35.1 26.7 36 24 36c-5.2 0-9.6-3.3-11.3-7.9l-6.5 5C9.5 39.6 16.2 44 24 44z"
        />
        <path
          fill="#1976D2"
          d="M43.6 20.1H42V20H24v8h11.3c-.8 2.2-2.2 4.2-4.1 5.6l6.2 5.2C37 39.2 44 34 44 24c0-1.3-.1-2.6-.4-3.9z"
        />
      </>
    ),
  },
  'github.com': {
    viewBox: '0 0 24 24',
    paths: (
      <path
        fill="currentColor"
        d="M12 .297c-6.63 0-12 5.373-12 12 0 5.303 3.438 9.8 8.205 11.385.6.113.82-.258.82-.577 0-.285-.01-1.04-.015-2.04-3.338.724-4.042-1.61-4.042-1.61C4.422 18.07 3.633 17.7 3.633 17.7c-1.087-.744.084-.729.084-.729 1.205.084 1.838 1.236 1.838 1.236 1.07 1.835 2.809 1.305 3.495.998.108-.776.417-1.305.76-1.605-2.665-.3-5.466-1.332-5.466-5.93 0-1.31.465-2.38 1.235-3.22-.135-.303-.54-1.523.105-3.176 0 0 1.005-.322 3.3 1.23.96-.267 1.98-.399 3-.405 1.02.006 2.04.138 3 .405 2.28-1.552 3.285-1.23 3.285-1.23.645 1.653.24 2.873.12 3.176.765.84 1.23 1.91 1.23 3.22 0 4.61-2.805 5.625-5.475 5.92.42.36.81 1.096.81 2.22 0 1.606-.015 2.896-.015 3.286 0 .315.21.69.825.57C20.565 22.092 24 17.592 24 12.297c0-6.627-5.373-12-12-12"
      />
    ),
  },
  'facebook.com': {
    viewBox: '0 0 24 24',
    paths: (
      <>
        <path
          fill="#1877F2"
          d="M24 12.07C24 5.41 18.63 0 12 0S0 5.4 0 12.07C0 18.1 4.39 23.1 10.13 24v-8.44H7.08v-3.49h3.04V9.41c0-3.02 1.8-4.7 4.54-4.7 1.31 0 2.68.24 2.68.24v2.97h-1.5c-1.5 0-1.96.93-1.96 1.89v2.26h3.32l-.53 3.5h-2.8V24C19.62 23.1 24 18.1 24 12.07"
        />
        <path
          fill="#fff"
          d="M16.67 15.56l.53-3.49h-3.32V9.81c0-.96.46-1.89 1.96-1.89h1.5V4.95s-1.37-.24-2.68-.24c-2.74 0-4.54 1.68-4.54 4.7v2.66H7.08v3.49h3.04V24a12.2 12.2 0 0 0 3.76 0v-8.44z"
        />
      </>
    ),
  },
};

/**
 * The provider's logo for an OAuth button (only providers `hasProviderMark` knows). Decorative (`aria-hidden`): the button's text already
 * names the provider, so the accessible name stays "Continue with Google".
 */
export function ProviderMark({ providerId }: { providerId: ProviderWithMark }) {
  const mark = MARKS[providerId];
  return (
    <svg data-slot="oauth-button-mark" viewBox={mark.viewBox} aria-hidden="true" focusable="false">
      {mark.paths}
    </svg>
  );
}

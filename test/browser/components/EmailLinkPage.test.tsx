import '@testing-library/jest-dom/vitest';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AcceptInvitePage, ResetPasswordPage, VerifyEmailPage } from '../../../src/components';
import { renderAuth } from './support/renderAuth';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// A link without a code: each page shows its dead end, a state every page has.
const URL_WITHOUT_CODE = 'http://localhost/auth/action';
const pageProps = {
  url: URL_WITHOUT_CODE,
  oobCode: null,
  cleanUrl: false,
  email: 'ada@example.com',
  signInHref: '/sign-in',
  requestNewLinkHref: '/forgot-password',
  onError: () => {},
  onRequestNewLink: () => {},
  onSignIn: () => {},
  headingLevel: 2 as const,
  id: 'the-page',
  'data-testid': 'page',
};

describe('the email-link pages share one frame', () => {
  it.each([
    ['reset-password-page', () => <ResetPasswordPage {...pageProps} passwordRules={{}} />],
    [
      'accept-invite-page',
      () => <AcceptInvitePage {...pageProps} uid={null} signInAfter continueHref="/app" />,
    ],
    ['verify-email-page', () => <VerifyEmailPage {...pageProps} uid={null} continueHref="/app" />],
  ])(
    '%s keeps the app’s div attributes, and none of the page’s own props, on its root',
    async (slot, page) => {
      // React reports a prop it puts on a DOM element (or drops: functions, booleans) here.
      const reactWarnings = vi.spyOn(console, 'error');
      await renderAuth(page);
      const root = screen.getByTestId('page');
      expect(await screen.findByRole('link', { name: 'Request a new link' })).toHaveAttribute(
        'href',
        '/forgot-password?email=ada%40example.com',
      );
      expect(root).toHaveAttribute('data-slot', slot);
      expect(root).toHaveAttribute('data-state', 'missing');
      expect(root.getAttributeNames().sort()).toEqual([
        'data-slot',
        'data-state',
        'data-testid',
        'id',
      ]);
      expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
      expect(reactWarnings).not.toHaveBeenCalled();
    },
  );
});

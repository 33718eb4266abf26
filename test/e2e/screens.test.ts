/**
 * The screens a person walks through on a phone-sized window (390 px) with a very long address:
 * nothing scrolls sideways. Plus the walk itself: guarded pages, the signed-in redirect with
 * `?next=`, focus after sign-in, the skip link, reloading a success page, a dead link's way on,
 * the confirmation after deleting the account, a cancelled consent, a pending invitation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPlayground, uniqueEmail, type Playground } from './harness';
import { message, signIn, submitSignUp, userCard, visible, waitForPath } from './flows';
import { PASSWORD } from '../helpers/password';

const PHONE = { width: 390, height: 844 };
const LONG_DOMAIN = 'a-very-long-organisation-name-for-testing-layouts.example.com';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

/** A unique address of exactly 90 characters, with a local part that has no break opportunity. */
function longEmail(label: string): string {
  const size = 89 - LONG_DOMAIN.length;
  const local = `${label}${uniqueEmail('x').replace(/[^a-z0-9]/gi, '')}`
    .padEnd(size, 'x')
    .slice(0, size);
  const email = `${local}@${LONG_DOMAIN}`;
  expect(email).toHaveLength(90);
  return email;
}

async function phonePage(): Promise<Page> {
  const page = await playground.newPage();
  await page.setViewportSize(PHONE);
  return page;
}

/** How far the page scrolls sideways (0 when nothing is wider than the window). */
async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/** Expects no sideways scroll, naming the screen and the widest elements when there is one. */
async function expectNoOverflow(page: Page, screen: string): Promise<void> {
  const culprits = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}[${element.getAttribute('data-slot')}]`),
  );
  expect({ screen, scroll: await sidewaysScroll(page), culprits }).toEqual({
    screen,
    scroll: 0,
    culprits: [],
  });
}

describe('390 px wide, 90-character email: no sideways scroll on any screen', () => {
  it('sign-in (error, identifier-first notice), sign-up and its "check your inbox", home, account', async () => {
    const email = longEmail('signup');
    const page = await phonePage();

    await page.goto('/sign-in');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(message(page, 'No account was found for this email.'));
    await expectNoOverflow(page, '/sign-in, error');

    await page.getByLabel(/Identifier-first/).check();
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await visible(message(page, `There is no account for ${email} yet.`));
    await expectNoOverflow(page, '/sign-in, not registered');

    await submitSignUp(page, email, PASSWORD);
    await visible(page.getByRole('heading', { name: 'Check your inbox' }));
    await expectNoOverflow(page, '/sign-up, check your inbox');

    await page.getByRole('link', { name: 'Continue' }).click();
    await visible(userCard(page, email));
    await expectNoOverflow(page, '/ (signed in)');

    await page.goto('/account');
    await visible(page.getByRole('heading', { name: 'Account settings' }));
    await expectNoOverflow(page, '/account');
  });

  it('invite, forgot password, the three mailed links, account exists, not found', async () => {
    const admin = longEmail('admin');
    const invitee = longEmail('invitee');
    await playground.seedAccount({ email: admin, password: PASSWORD, emailVerified: false });
    const page = await phonePage();
    await signIn(page, admin, PASSWORD);

    await page.goto('/invite');
    await page.getByLabel("Invitee's email").fill(invitee);
    await page.getByRole('button', { name: 'Send invite' }).click();
    await visible(message(page, `Invitation sent to ${invitee}.`));
    await expectNoOverflow(page, '/invite, sent');

    await page.goto('/forgot-password');
    await page.getByLabel('Email', { exact: true }).fill(admin);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await visible(message(page, `If an account exists for ${admin}`));
    await expectNoOverflow(page, '/forgot-password, sent');

    const reset = await playground.waitForMail(admin, 'resetPassword');
    await page.goto(reset.link);
    await visible(page.getByRole('heading', { name: 'Choose a new password' }));
    await expectNoOverflow(page, '/reset-password');

    const invitation = await playground.waitForMail(invitee, 'invite');
    await page.goto(invitation.link);
    await visible(page.getByRole('heading', { name: 'Accept your invitation' }));
    await expectNoOverflow(page, '/accept-invite');

    await page.goto('/verify-email');
    await visible(message(page, 'This link is incomplete'));
    await expectNoOverflow(page, '/verify-email, incomplete');

    await page.goto('/somewhere-that-does-not-exist');
    await visible(page.getByRole('heading', { name: 'Page not found' }));
    await expectNoOverflow(page, 'not found');
  });

  it('OAuth: the account-exists screen and a cancelled consent', async () => {
    const email = longEmail('owned');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await phonePage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Continue with Google' }).click();
    await visible(page.getByRole('heading', { name: 'Sign in with Google' }));
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'You already have an account' }));
    await expectNoOverflow(page, '/oauth/callback, account exists');

    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Continue with Google' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await visible(page.getByRole('heading', { name: 'Sign-in cancelled' }));
    await expectNoOverflow(page, '/oauth/callback, cancelled');
  });
});

describe('guarded pages and the signed-in redirect', () => {
  it('/invite sends a signed-out visitor to sign in and back to /invite afterwards', async () => {
    const email = uniqueEmail('guard');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await page.goto('/invite');
    await waitForPath(page, '/sign-in');
    expect(await page.evaluate(() => location.search)).toBe('?next=%2Finvite');
    expect(await page.getByLabel("Invitee's email").count()).toBe(0);

    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await waitForPath(page, '/invite');
    await visible(page.getByLabel("Invitee's email"));
  });

  it('signed in, /sign-in and /sign-up go on to ?next= (or home) instead of showing a form', async () => {
    const email = uniqueEmail('already');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await signIn(page, email, PASSWORD);

    await page.goto('/sign-in?next=%2Faccount');
    await waitForPath(page, '/account');
    await visible(page.getByRole('heading', { name: 'Account settings' }));

    await page.goto('/sign-up');
    await waitForPath(page, '/');
    await visible(userCard(page, email));
    // Not an open redirect: another site's address is ignored.
    await page.goto('/sign-in?next=%2F%2Fevil.example');
    await waitForPath(page, '/');
    expect(new URL(page.url()).host).toBe(new URL(playground.origin).host);
  });

  it('reloading /sign-up after "check your inbox" goes on instead of showing the form again', async () => {
    const email = uniqueEmail('reload-signup');
    const page = await playground.newPage();
    await submitSignUp(page, email, PASSWORD);
    await visible(page.getByRole('heading', { name: 'Check your inbox' }));
    await page.reload();
    await waitForPath(page, '/');
    await visible(userCard(page, email));
  });
});

describe('keyboard', () => {
  it('after signing in, focus is on the new page’s heading', async () => {
    const email = uniqueEmail('focus');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.keyboard.press('Enter');
    await visible(userCard(page, email));
    await expect
      .poll(() =>
        page.evaluate(() => {
          const active = document.activeElement;
          return active?.tagName === 'H1' && active.closest('main') !== null
            ? active.textContent
            : active?.tagName;
        }),
      )
      .toBe(`Signed in as ${email}`);
  });

  it('the first Tab reaches "Skip to content", which moves focus to the main landmark', async () => {
    const page = await playground.newPage();
    await page.goto('/sign-in');
    await visible(page.getByRole('heading', { name: 'Sign in', level: 1 }));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab is the form's first control, not the header's switches.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });
});

describe('dead ends and results', () => {
  it('reloading the reset and verify success pages shows the success again, not "incomplete"', async () => {
    const email = uniqueEmail('reload');
    const page = await playground.newPage();
    await submitSignUp(page, email, PASSWORD);
    const verify = await playground.waitForMail(email, 'verifyEmail');
    await page.goto(verify.link);
    await visible(message(page, 'Your email is verified.'));
    await page.reload();
    await visible(message(page, 'Your email is verified.'));
    expect(await message(page, 'This link is incomplete').count()).toBe(0);

    await fetch(`${playground.origin}/api/v1/auth/accounts/password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    const reset = await playground.waitForMail(email, 'resetPassword');
    await page.goto(reset.link);
    await page.getByLabel('New password', { exact: true }).fill('battery-staple-2');
    await page.getByLabel('Confirm password', { exact: true }).fill('battery-staple-2');
    await page.getByRole('button', { name: 'Reset password' }).click();
    await visible(message(page, 'Your password was reset. You can now sign in.'));
    await page.reload();
    await visible(message(page, 'Your password was reset. You can now sign in.'));
    expect(await message(page, 'This link is incomplete').count()).toBe(0);
    // A new visit to that address (a new history entry) is not that success: the link is incomplete.
    await page.goto('/');
    await page.goto('/reset-password');
    await visible(message(page, 'This link is incomplete'));
  });

  it('a used reset link: "Request a new link" opens forgot-password with the known address filled in', async () => {
    const email = uniqueEmail('dead-reset');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await fetch(`${playground.origin}/api/v1/auth/accounts/password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    const reset = await playground.waitForMail(email, 'resetPassword');
    await fetch(`${playground.origin}/api/v1/auth/accounts/verify/password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ oobCode: reset.oobCode, newPassword: 'used-up-password-1' }),
    });
    // Signed in (after the reset, which ends older sessions), the page knows whose link it was.
    await signIn(page, email, 'used-up-password-1');
    await page.goto(reset.link);
    await page.getByLabel('New password', { exact: true }).fill('battery-staple-2');
    await page.getByLabel('Confirm password', { exact: true }).fill('battery-staple-2');
    await page.getByRole('button', { name: 'Reset password' }).click();
    await visible(message(page, 'This link was already used or is invalid'));
    await page.getByRole('link', { name: 'Request a new link' }).click();
    await waitForPath(page, '/forgot-password');
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(email);
  });

  it('a cancelled consent is a neutral notice with the provider buttons still there', async () => {
    const page = await playground.newPage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Continue with GitHub' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await waitForPath(page, '/oauth/callback');
    await visible(page.getByRole('heading', { name: 'Sign-in cancelled' }));
    const notice = page.locator('[data-slot="oauth-callback"] [data-slot="alert"]');
    expect(await notice.getAttribute('data-variant')).toBe('info');
    expect(await notice.getAttribute('role')).toBe('status');
    await visible(page.getByRole('button', { name: 'Continue with GitHub' }));
    await visible(page.getByRole('link', { name: 'Back to sign in' }));
  });

  it('an invited address says the invitation is pending, on sign-in and on sign-up', async () => {
    const admin = uniqueEmail('inviter');
    const invitee = uniqueEmail('pending');
    await playground.seedAccount({ email: admin, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await signIn(page, admin, PASSWORD);
    await page.goto('/invite');
    await page.getByLabel("Invitee's email").fill(invitee);
    await page.getByRole('button', { name: 'Send invite' }).click();
    await visible(message(page, `Invitation sent to ${invitee}.`));
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();

    const pending = `${invitee} has a pending invitation. Open the invitation link in your email to choose a password and sign in.`;
    await page.goto('/sign-in');
    await page.getByLabel('Email', { exact: true }).fill(invitee);
    await page.getByLabel('Password', { exact: true }).fill('anything-1');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(page.getByRole('alert').filter({ hasText: pending }));

    await submitSignUp(page, invitee, PASSWORD);
    expect(await visible(page.getByLabel('Email', { exact: true }))).toBeTruthy();
    await expect
      .poll(() =>
        page.getByLabel('Email', { exact: true }).evaluate((input) => {
          const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
          return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        }),
      )
      .toContain(pending);
  });
});

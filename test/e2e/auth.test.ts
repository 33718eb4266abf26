/** Email and password: sign up, verify through the mailed link, sign in and out, identifier-first. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, uniqueEmail, type Playground } from './harness';
import {
  isSignedIn,
  message,
  pathOf,
  signIn,
  signOut,
  submitSignUp,
  userCard,
  visible,
  waitForPath,
} from './flows';
import { PASSWORD } from '../helpers/password';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

describe('email and password', () => {
  it('signs up, gets a verification mail, follows its link and ends up verified', async () => {
    const email = uniqueEmail('signup');
    const page = await playground.newPage();
    await submitSignUp(page, email, PASSWORD);
    await visible(page.getByRole('heading', { name: 'Check your inbox' }));
    await visible(
      message(page, `We sent a verification link to ${email}. Open it to confirm your address.`),
    );

    // Signed in straight away, not verified yet.
    await page.getByRole('link', { name: 'deskree-auth-react playground' }).click();
    const card = await visible(userCard(page, email));
    expect(await card.getByTestId('email-verified').textContent()).toBe('No');

    // The mail is in the outbox panel; following its link is a full page load, like from a mail client.
    const mail = await playground.waitForMail(email, 'verifyEmail');
    const link = page
      .getByRole('complementary', { name: 'Emulator outbox' })
      .getByRole('link', { name: `Verify email link for ${email}` });
    await visible(link);
    await link.click();
    await waitForPath(page, '/verify-email');
    await visible(message(page, 'Your email is verified.'));
    expect(await page.evaluate(() => location.search)).not.toContain(mail.oobCode);

    await page
      .getByRole('link', { name: 'Continue' })
      .or(page.getByRole('button', { name: 'Continue' }))
      .first()
      .click();
    await waitForPath(page, '/');
    await visible(userCard(page, email).getByTestId('email-verified').getByText('Yes'));
    expect(
      (await playground.accounts()).find((account) => account.email === email)?.emailVerified,
    ).toBe(true);
  });

  it('refuses a taken email on sign-up', async () => {
    const email = uniqueEmail('taken');
    await playground.seedAccount({ email, password: PASSWORD });
    const page = await playground.newPage();
    await submitSignUp(page, email, 'another-password-9');
    await visible(message(page, 'An account with this email already exists.'));
    // On the Email field, not in the form's alert.
    expect(await page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    // Still one account, still the first password, and this tab stays signed out.
    expect((await playground.accounts()).filter((account) => account.email === email)).toHaveLength(
      1,
    );
    expect(await playground.signsIn(email, PASSWORD)).toBe(true);
    expect(await playground.signsIn(email, 'another-password-9')).toBe(false);
    expect(await isSignedIn(page)).toBe(false);
  });

  it('signs in, survives a reload, signs out', async () => {
    const email = uniqueEmail('signin');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();

    // A wrong password is reported on the field; nothing is signed in.
    await page.goto('/sign-in');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(message(page, 'The password is incorrect.'));

    await signIn(page, email, PASSWORD);
    await page.reload();
    await visible(userCard(page, email));

    await signOut(page);
    await visible(page.getByRole('button', { name: 'Sign in', exact: true }));
    await page.reload();
    await visible(page.getByRole('button', { name: 'Sign in', exact: true }));
    expect(await userCard(page, email).count()).toBe(0);
  });

  it('reports a server failure in the form, then succeeds on retry', async () => {
    const email = uniqueEmail('faults');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    const submit = page.getByRole('button', { name: 'Sign in', exact: true });

    await playground.addFault({
      method: 'POST',
      path: '/api/v1/auth/accounts/sign-in/email',
      status: 500,
    });
    await submit.click();
    const alert = page.getByRole('alert');
    await visible(alert.getByText('Something went wrong on our side. Please try again.'));
    expect(await isSignedIn(page)).toBe(false);
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe(PASSWORD);

    await submit.click();
    await visible(userCard(page, email));
    expect(await isSignedIn(page)).toBe(true);
    expect(await alert.getByText('Something went wrong on our side.').count()).toBe(0);
  });

  it('signs in from the dialog, which closes on success', async () => {
    const email = uniqueEmail('dialog');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the sign-in dialog' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Sign in' }));
    await dialog.getByLabel('Email', { exact: true }).fill(email);
    await dialog.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await visible(userCard(page, email));
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await pathOf(page)).toBe('/');
    expect(await isSignedIn(page)).toBe(true);
  });

  it('identifier-first: asks the email, then the password, or points an OAuth-only account to its provider', async () => {
    const email = uniqueEmail('idfirst');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await page.goto('/sign-in');
    await page.getByLabel(/Identifier-first/).check();

    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(userCard(page, email));
    await signOut(page);

    // An unknown address is told so and offered the sign-up.
    const unknown = uniqueEmail('nobody');
    await page.goto('/sign-in');
    await page.getByLabel(/Identifier-first/).check();
    await page.getByLabel('Email', { exact: true }).fill(unknown);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await visible(message(page, `There is no account for ${unknown} yet.`));
    await page.getByRole('link', { name: 'Create an account' }).click();
    await waitForPath(page, '/sign-up');

    // An account that only has Google is pointed to Google, not asked for a password.
    const googleOnly = uniqueEmail('googleonly');
    await playground.seedAccount({
      email: googleOnly,
      providers: ['google.com'],
      emailVerified: true,
    });
    await page.goto('/sign-in');
    await page.getByLabel(/Identifier-first/).check();
    await page.getByLabel('Email', { exact: true }).fill(googleOnly);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await visible(message(page, `The account for ${googleOnly} signs in with Google.`));
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);
    await visible(page.getByRole('button', { name: 'Continue with Google' }));
  });
});

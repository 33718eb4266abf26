/**
 * Steps shared by the e2e flows, written the way a person uses the playground: accessible names
 * from the kit's English messages, no test ids, no shortcuts through the API unless it is setup.
 */
import type { Locator, Page } from 'playwright-core';

/** Resolves once the locator is visible (or throws after the page's default timeout). */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible' });
  return locator;
}

export async function pathOf(page: Page): Promise<string> {
  return page.evaluate(() => location.pathname);
}

/** Waits for the client router (or a redirect) to reach `pathname`. */
export async function waitForPath(page: Page, pathname: string): Promise<void> {
  await page.waitForFunction((expected) => location.pathname === expected, pathname);
}

/** The home page's user card, shown once signed in. */
export function userCard(page: Page, email: string): Locator {
  return page.getByRole('region', { name: `Signed in as ${email}` });
}

/** Fills and submits the sign-up form on `/sign-up` (email, password and its confirmation). */
export async function submitSignUp(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign up', exact: true }).click();
}

/** True while the header offers "Sign out", i.e. someone is signed in. */
export async function isSignedIn(page: Page): Promise<boolean> {
  return (await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).count()) > 0;
}

/** Fills and submits the classic sign-in form on `/sign-in`, then waits for the home page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await visible(userCard(page, email));
}

/** The header's "Sign out"; waits until the signed-out home (the sign-in form) shows. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await page
    .getByRole('banner')
    .getByRole('button', { name: 'Sign out' })
    .waitFor({ state: 'detached' });
}

/** The form's alert or a field's description with this text. */
export function message(page: Page, text: string | RegExp): Locator {
  return page.getByText(text);
}

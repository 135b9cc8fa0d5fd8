import type { Page } from 'playwright-core';

export type NewUser = { name: string; email: string; password: string };

/** Fills the sign-up form already on the page, without sending it. */
export async function fillSignUpForm(page: Page, user: NewUser): Promise<void> {
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel(/^Password\b/).fill(user.password);
}

/** Creates the account on the sign-up page and waits for its confirmation ("Check your inbox" with SMTP, else "Your account is ready"), signed in. */
export async function signUpInBrowser(page: Page, user: NewUser): Promise<void> {
  await page.goto('/sign-up');
  await fillSignUpForm(page, user);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: /^(Check your inbox|Your account is ready)$/ }).waitFor();
}

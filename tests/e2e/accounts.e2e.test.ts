import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { fillSignUpForm } from './support/sign-up.ts';
import { computeTotp } from './support/totp.ts';

const user = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'Analytical-Engine-1843' };
// The second device looks like Firefox, so its row in the sessions list can be told apart.
const firefoxAgent = 'Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0';

describeInBrowser('accounts in the browser', () => {
  let app: ParleyInBrowser;
  let page: Page;
  let secret = '';
  let backupCodes: string[] = [];

  beforeAll(async () => {
    // The administrator allowed the machine itself (a local model server, as self-hosters run Ollama); the rest of
    // the private network stays refused (decision 015).
    app = await openParleyInBrowser({ parleyEnv: { OUTBOUND_ALLOW: '127.0.0.1' } });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  const signIn = async (target: Page, password = user.password) => {
    await target.getByLabel('Email').fill(user.email);
    await target.getByLabel(/^Password\b/).fill(password);
    await target.getByRole('button', { name: 'Sign in' }).click();
  };

  it('signs up, and the first account administers the installation', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Create account' }).click();
    await fillSignUpForm(page, user);
    await page.screenshot({ path: screenshotPath('accounts-sign-up') });
    await page.getByRole('button', { name: 'Create account' }).click();
    // No SMTP here: no link could reach the user, so nothing asks them to confirm the address (decision 025).
    await page.getByRole('heading', { name: 'Your account is ready' }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/inbox|we sent/i);
    await page.getByRole('link', { name: 'Continue to Parley' }).click();
    await page.getByRole('button', { name: `Account menu for ${user.name}` }).click();
    await page.getByRole('menuitem', { name: 'Administration' }).waitFor();
    await page.keyboard.press('Escape');
    await page.goto('/settings/profile');
    await page.getByLabel('Name').first().waitFor();
    await expect(page.getByTestId('verify-email-banner').count()).resolves.toBe(0);
    await expect(page.locator('main').getByText('not verified').count()).resolves.toBe(0);
  });

  it('tells the administrator that mail is not configured, and keeps a reset link in the outbox instead of promising a mail', async () => {
    await page.goto('/settings/admin/users');
    await page.getByTestId('mail-not-configured').waitFor();
    expect(await page.getByTestId('mail-not-configured').textContent()).toContain('SMTP_URL');
    await expect(page.getByText('Unverified', { exact: true }).count()).resolves.toBe(0);

    const visitor = await app.browser.newContext({ baseURL: app.parley.url });
    const signedOut = await visitor.newPage();
    await signedOut.goto('/forgot-password');
    await signedOut.getByText('This installation sends no email').waitFor();
    await signedOut.getByLabel('Email').fill(user.email);
    await signedOut.getByRole('button', { name: 'Ask for a reset link' }).click();
    await signedOut.getByText('Ask an administrator for the link').waitFor();
    const answer = (await signedOut.locator('main').textContent())!;
    expect(answer).not.toContain('on its way');
    expect(answer).not.toContain('Check your inbox');
    await signedOut.screenshot({ path: screenshotPath('accounts-reset-without-mail') });
    await visitor.close();

    await page.goto('/settings/admin/outbox');
    await page.getByRole('heading', { name: 'Outbox' }).waitFor();
    await page.getByTestId('mail-not-configured').waitFor();
    await page.getByTestId('outbox-list').getByRole('button', { name: /reset/i }).first().click();
    const link = page.getByTestId('outbox-link').filter({ hasText: '/reset-password' }).first();
    await link.waitFor();
    await page.screenshot({ path: screenshotPath('accounts-outbox'), fullPage: true });
  });

  it('turns on two-factor authentication with a code computed from the shown secret', async () => {
    await page.goto('/settings/security');
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await page.getByLabel('Confirm your password').fill(user.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    backupCodes = (await page.getByTestId('backup-codes').locator('li').allTextContents()).map((code) => code.trim());
    expect(backupCodes).toHaveLength(10);
    // The codes can be kept without copying them out by hand: a copy button and a text file.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy codes' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(backupCodes.join('\n'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a text file' }).click()]);
    expect(download.suggestedFilename()).toBe('parley-backup-codes.txt');
    const saved = await readFile(await download.path(), 'utf8');
    for (const code of backupCodes) expect(saved).toContain(code);
    await page.screenshot({ path: screenshotPath('accounts-2fa-setup'), fullPage: true });

    await page.getByLabel('Authentication code').fill('000000' === computeTotp(secret) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await page.getByRole('alert').filter({ hasText: /invalid/i }).waitFor();

    await page.getByLabel('Authentication code').fill(computeTotp(secret));
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="two-factor-status"]')?.textContent === 'On');
  });

  it('signs out, then signs in again with a code from the authenticator', async () => {
    await page.getByRole('button', { name: `Account menu for ${user.name}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await page.goto('/settings/security');
    await page.waitForURL('**/sign-in?next=%2Fsettings%2Fsecurity');

    await signIn(page);
    await page.getByRole('heading', { name: 'Two-factor authentication' }).waitFor();
    expect(page.url()).toContain('/sign-in');
    await page.screenshot({ path: screenshotPath('accounts-2fa-challenge') });
    await page.getByLabel('Authentication code').fill(computeTotp(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL('**/settings/security');
    await page.getByRole('heading', { name: 'Security', exact: true }).waitFor();
  });

  it('shows the other device among the sessions and signs it out', async () => {
    const phone = await app.browser.newContext({ baseURL: app.parley.url, userAgent: firefoxAgent });
    const other = await phone.newPage();
    await other.goto('/sign-in');
    await signIn(other);
    await other.getByRole('button', { name: 'Use a backup code instead' }).click();
    await other.getByLabel('Backup code').fill(backupCodes[0]!);
    await other.getByRole('button', { name: 'Verify' }).click();
    await other.waitForURL((url) => url.pathname === '/');
    await other.getByRole('button', { name: `Account menu for ${user.name}` }).waitFor();

    await page.reload();
    const firefoxRow = page.getByTestId('session-row').filter({ hasText: 'Firefox' });
    await firefoxRow.waitFor();
    expect(await page.getByTestId('session-row').filter({ hasText: 'This device' }).count()).toBe(1);
    expect(await firefoxRow.textContent()).toContain('127.0.0.1');
    await page.screenshot({ path: screenshotPath('accounts-sessions'), fullPage: true });
    await firefoxRow.getByRole('button', { name: 'Sign out' }).click();
    await firefoxRow.waitFor({ state: 'detached' });

    // The revoked device is signed out at once: its next page load needs a sign-in.
    await other.goto('/settings/profile');
    await other.waitForURL('**/sign-in?next=%2Fsettings%2Fprofile');
    await phone.close();
  });

  it('saves the profile, stores a key, creates a workspace and lists users', async () => {
    await page.goto('/settings/profile');
    await page.getByLabel('Job title').fill('Engineering manager');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();

    await page.goto('/settings/keys');
    const card = page.getByTestId('key-card-openai-compatible');
    await card.getByRole('button', { name: 'Add key' }).click();
    await card.getByLabel('Server URL').fill('http://10.0.0.5:11434/v1');
    await card.getByLabel(/^API key/).fill('sk-local-test-1234');
    await card.getByRole('button', { name: 'Save key' }).click();
    await card.getByText(/An administrator can allow/).waitFor();
    await card.getByLabel('Server URL').fill('http://127.0.0.1:9/v1');
    await card.getByLabel(/^API key/).fill('sk-local-test-1234');
    await card.getByRole('button', { name: 'Save key' }).click();
    await card.getByText('1234').waitFor();
    expect(await card.textContent()).not.toContain('sk-local-test');

    await page.goto('/settings/workspaces');
    await page.getByLabel('New workspace').fill('Acme hiring');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('members-table').getByText(user.email).waitFor();
    await page.getByTestId('workspace-keys-toggle').click();
    const workspaceCard = page.getByTestId('key-card-anthropic');
    await workspaceCard.getByRole('button', { name: 'Add key' }).click();
    await workspaceCard.getByLabel(/^API key/).fill('sk-ant-workspace-9876');
    await workspaceCard.getByRole('button', { name: 'Save key' }).click();
    await workspaceCard.getByText('9876').waitFor();
    expect(await workspaceCard.textContent()).not.toContain('sk-ant-workspace');
    await page.screenshot({ path: screenshotPath('accounts-workspaces'), fullPage: true });

    await page.goto('/settings/admin/users');
    await page.getByTestId('admin-users-table').getByText(user.email).waitFor();
  });

  it('shows a refused field beside the field, never the raw API text, and each setting in one place', async () => {
    await page.goto('/settings/profile');
    await page.getByRole('textbox', { name: /^Name\W*$/ }).fill('');
    await page.getByRole('button', { name: 'Save profile' }).click();
    const nameField = page.getByRole('textbox', { name: /^Name\W*$/ });
    await page.getByText('Must not be empty').first().waitFor();
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toMatch(/Invalid request|body\.name/);
    // Theme, time zone and date format live in one place each: the time zone and date format in Preferences.
    for (const label of ['Time zone', 'Date format', 'Theme']) await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(0);
    await page.getByRole('textbox', { name: /^Name\W*$/ }).fill(user.name);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();

    await page.goto('/settings/preferences');
    const zone = page.getByTestId('preferences-time-zone');
    await zone.waitFor();
    expect(await zone.inputValue()).toBe(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
    await expect(page.getByLabel('Theme', { exact: true }).count()).resolves.toBe(0);
    await page.goto('/settings/appearance');
    await page.getByText('Theme', { exact: true }).waitFor();
  });

  it('ran without page errors', () => {
    expect(app.pageErrors.filter((message) => !/status of 4\d\d/.test(message))).toEqual([]);
  });
});

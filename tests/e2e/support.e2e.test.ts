import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { screenshotPng } from '#tests/support/png.ts';
import { collectPageErrors, describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const admin = { name: 'Grace Admin', email: 'grace@example.com', password: 'Compiler-Pioneer-1952' };
const requester = { name: 'Tomás Núñez', email: 'tomas.nunez@example.com', password: 'Lisbon-Harbour-2024' };
const subject = 'Upload of my CV never finishes';

describeInBrowser('support tickets in the browser', () => {
  let app: ParleyInBrowser;
  let adminPage: Page;
  let userPage: Page;
  let userErrors: string[] = [];
  let ticketUrl = '';

  beforeAll(async () => {
    app = await openParleyInBrowser();
    adminPage = app.page;
    const userContext = await app.browser.newContext({ baseURL: app.parley.url, colorScheme: 'light', viewport: { width: 1280, height: 900 } });
    userContext.setDefaultTimeout(20_000);
    userPage = await userContext.newPage();
    userErrors = collectPageErrors(userPage);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a user opens a ticket with a screenshot', async () => {
    await signUpInBrowser(adminPage, admin); // the first account administers the installation
    await signUpInBrowser(userPage, requester);
    await userPage.goto('/support');
    await userPage.getByLabel('Subject').fill(subject);
    await userPage.getByLabel('What happened?').fill('I upload my CV (PDF, two pages) and the bar stays at 90 % for ever. Screenshot attached.');
    await userPage.locator('input[type="file"]').setInputFiles({ name: 'Screenshot 2026-03-02 at 09.12.44.png', mimeType: 'image/png', buffer: screenshotPng() });
    await userPage.getByRole('button', { name: 'Send ticket' }).click();
    await userPage.waitForURL(/\/support\/tickets\/[0-9a-f-]+$/);
    ticketUrl = new URL(userPage.url()).pathname;
    await userPage.getByRole('heading', { name: subject }).waitFor();
    expect(await userPage.getByTestId('ticket-attachment').textContent()).toContain('Screenshot 2026-03-02 at 09.12.44.png');
    expect(await userPage.getByTestId('ticket-status').textContent()).toBe('Open');
  });

  it('the administrator answers from the queue and adds an internal note', async () => {
    await adminPage.goto('/support/queue');
    await adminPage.getByTestId('ticket-queue').getByRole('link', { name: subject }).click();
    await adminPage.waitForURL(`**${ticketUrl}`);
    await adminPage.getByTestId('ticket-attachment').waitFor();
    await adminPage.getByLabel('Reply').fill('Thanks, Tomás. We raised the upload limit: please try again now.');
    await adminPage.getByRole('button', { name: 'Send reply' }).click();
    await adminPage.getByTestId('ticket-comment').filter({ hasText: 'We raised the upload limit' }).waitFor();
    await adminPage.getByLabel('Internal note (the user never sees it)').check();
    await adminPage.getByLabel('Internal note', { exact: true }).fill('Proxy body limit was 1 MB; fixed in nginx.conf.');
    await adminPage.getByRole('button', { name: 'Add note' }).click();
    await adminPage.locator('[data-testid="ticket-comment"][data-internal="true"]').waitFor();
    await adminPage.screenshot({ path: screenshotPath('support-ticket-staff'), fullPage: true });
  });

  it('the user sees the answer, not the note, and is notified', async () => {
    const bell = userPage.getByRole('button', { name: /^Notifications: 1 unread$/ });
    await bell.waitFor();
    await bell.click();
    await userPage.getByTestId('notification').filter({ hasText: `Support replied to “${subject}”` }).click();
    await userPage.waitForURL(`**${ticketUrl}`);
    await userPage.getByTestId('ticket-comment').filter({ hasText: 'We raised the upload limit' }).waitFor();
    expect(await userPage.getByTestId('ticket-comment').count()).toBe(1);
    expect(await userPage.getByTestId('ticket-thread').textContent()).not.toContain('nginx');
    expect(await userPage.getByTestId('ticket-status').textContent()).toBe('Waiting for you');
    await userPage.screenshot({ path: screenshotPath('support-ticket-user'), fullPage: true });
  });

  it('ran without page errors', () => {
    const ignorable = (message: string) => /status of 4\d\d/.test(message);
    expect(app.pageErrors.filter((message) => !ignorable(message))).toEqual([]);
    expect(userErrors.filter((message) => !ignorable(message))).toEqual([]);
  });
});

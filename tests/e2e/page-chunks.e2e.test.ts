import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';

// Every page is a chunk of its own, fetched on its first visit (src/web/app/router.tsx).
describeInBrowser('pages loaded on their first visit', () => {
  let app: ParleyInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openParleyInBrowser();
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  const heading = (name: string) => page.getByRole('heading', { level: 1, name });

  it('fetches each page as its own file, within the content security policy', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await heading('Interviews, from both sides of the table.').waitFor();
    expect(scripts.some((script) => /^\/assets\/home-page-[\w-]+\.js$/.test(script))).toBe(true);
    expect(scripts.some((script) => script.includes('sign-in-page'))).toBe(false);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
    await heading('Sign in').waitFor();
    expect(scripts.some((script) => /^\/assets\/sign-in-page-[\w-]+\.js$/.test(script))).toBe(true);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await heading('Create your account').waitFor();
    // A blocked script or style (the CSP allows only 'self', decision 037) shows up as a console error.
    expect(app.pageErrors).toEqual([]);
  });

  it('offers a reload, not an endless spinner, when a page fails to download on a first load', async () => {
    await page.route(/\/assets\/forgot-password-page-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/forgot-password');
    await heading('Something went wrong').waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('This page could not be downloaded');
    await expect(page.getByLabel('Loading page').count()).resolves.toBe(0);
    // The shell is still there: the navigation works.
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hiring' }).isVisible()).resolves.toBe(true);

    await page.unroute(/\/assets\/forgot-password-page-[\w-]+\.js$/);
    await page.getByRole('button', { name: 'Reload' }).click();
    await heading('Reset your password').waitFor();
  });

  it('keeps the shell and offers a reload when the next page fails to download', async () => {
    await page.goto('/sign-in');
    await heading('Sign in').waitFor();
    await page.route(/\/assets\/sign-up-page-[\w-]+\.js$/, (route) => route.abort());
    await page.getByRole('link', { name: 'Create an account' }).click();
    await heading('Something went wrong').waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('This page could not be downloaded');
    expect(new URL(page.url()).pathname).toBe('/sign-up');

    await page.unroute(/\/assets\/sign-up-page-[\w-]+\.js$/);
    await page.getByRole('button', { name: 'Reload' }).click();
    await heading('Create your account').waitFor();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectPageErrors, describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';

describeInBrowser('the web shell', () => {
  let app: ParleyInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openParleyInBrowser({ viewport: { width: 1280, height: 860 } });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  const colorScheme = () => page.locator('html').getAttribute('data-mantine-color-scheme');

  it('says what Parley does on the home page, with the server version in the footer', async () => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Interviews, from both sides of the table.' }).waitFor();
    const main = page.locator('main');
    await expect(main.textContent()).resolves.toContain('practice interviews with an AI interviewer');
    await expect(main.textContent()).resolves.toContain('screen and rank CV batches against a job');
    await expect(main.textContent()).resolves.toContain('works fully offline');
    await expect(main.textContent()).resolves.toContain('with any LLM');

    const health = (await (await fetch(`${app.parley.url}/api/health`)).json()) as { version: string };
    await page.getByTestId('server-status').waitFor();
    expect(await page.getByTestId('server-status').textContent()).toContain(`Parley v${health.version}`);
    await page.screenshot({ path: screenshotPath('home-light'), fullPage: true });
  });

  it('links every area that works, with nothing left marked coming soon', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByTestId('nav-unavailable-career').count()).resolves.toBe(0);
    await expect(nav.getByRole('link', { name: 'Career' }).getAttribute('href')).resolves.toBe('/career');
    await expect(nav.getByRole('link', { name: 'Practice' }).getAttribute('href')).resolves.toBe('/practice');
    await expect(nav.getByRole('link', { name: 'Hiring' }).getAttribute('href')).resolves.toBe('/hiring');
    await expect(nav.getByRole('link', { name: 'Settings' }).getAttribute('href')).resolves.toBe('/settings');
  });

  it('switches to the dark theme and keeps it after a reload', async () => {
    expect(await colorScheme()).toBe('light');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.mantineColorScheme === 'dark');
    expect(await colorScheme()).toBe('dark');
    await page.mouse.move(600, 600);
    await page.getByRole('tooltip').waitFor({ state: 'detached' });
    await page.screenshot({ path: screenshotPath('home-dark'), fullPage: true });

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await colorScheme()).toBe('dark');
    await expect(page.getByRole('button', { name: 'Switch to light theme' }).count()).resolves.toBe(1);
  });

  it('offers the theme choice under Settings → Appearance', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/settings/appearance');
    await page.getByRole('heading', { name: 'Appearance' }).waitFor();
    await page.getByText('Light', { exact: true }).click();
    await page.waitForFunction(() => document.documentElement.dataset.mantineColorScheme === 'light');
    expect(await page.evaluate(() => localStorage.getItem('parley-color-scheme'))).toBe('light');
    await page.screenshot({ path: screenshotPath('settings-appearance'), fullPage: true });
  });

  it('answers an unknown client route with the app and its 404 page', async () => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('/no/such/page');
    await page.screenshot({ path: screenshotPath('not-found'), fullPage: true });
    await page.getByRole('link', { name: 'Back to the home page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Interviews, from both sides of the table.' }).waitFor();
  });

  it('fits a phone screen behind a menu button', async () => {
    const phone = await app.context.newPage();
    const phoneErrors = collectPageErrors(phone);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto('/');
    await phone.getByRole('heading', { level: 1 }).waitFor();
    await phone.getByRole('button', { name: 'Toggle navigation' }).click();
    await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).waitFor({ state: 'visible' });
    // The menu slides in; wait until it covers the screen before taking the picture.
    await phone.waitForFunction(() => {
      const navbar = document.querySelector('.mantine-AppShell-navbar');
      return navbar !== null && Math.abs(navbar.getBoundingClientRect().left) < 1 && navbar.getBoundingClientRect().width >= window.innerWidth - 1;
    });
    await phone.screenshot({ path: screenshotPath('home-phone-menu') });
    await phone.close();
    expect(phoneErrors).toEqual([]);
  });

  it('ran without console errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';

describeInBrowser('the sign-up form in the browser', () => {
  let app: ParleyInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openParleyInBrowser();
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows every problem beside its field at once, in words, and sends nothing until they are fixed', async () => {
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/auth/sign-up')) sent.push(request.url());
    });
    await page.goto('/sign-up');
    await page.getByLabel('Email').fill('ada.example.com');
    await page.getByLabel(/^Password\b/).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();

    const name = page.getByRole('textbox', { name: 'Name' });
    const email = page.getByRole('textbox', { name: 'Email' });
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    // (Mantine's PasswordInput marks its wrapper, not the input: its message is checked below.)
    const text = (await page.locator('main').textContent())!;
    expect(text).toContain('Enter your name.');
    expect(text).toContain('This is not an email address');
    expect(text).toContain('The password is too short');
    expect(text).not.toMatch(/Invalid request|body\./);
    expect(sent).toEqual([]);
    await page.screenshot({ path: screenshotPath('sign-up-errors') });

    await name.fill('Ada Lovelace');
    await email.fill('ada@example.com');
    await page.getByLabel(/^Password\b/).fill('Analytical-Engine-1843');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Your account is ready' }).waitFor();
    expect(sent).toHaveLength(1);
  });

  it('ran without console errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});

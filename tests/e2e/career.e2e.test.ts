import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const user = { name: 'Maya Lindqvist', email: 'maya@example.com', password: 'Career-Library-2026' };

describeInBrowser('the career assistant in the browser', () => {
  let app: ParleyInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openParleyInBrowser();
    page = app.page;
    await signUpInBrowser(page, user);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens Career from the navigation and builds the library by hand', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Career' }).click();
    await page.getByRole('heading', { name: 'Career' }).waitFor();

    await page.getByRole('tab', { name: 'Employment' }).click();
    await page.getByRole('button', { name: 'Add employment' }).click();
    await page.getByLabel('Company').fill('Northwind Health – Leeds, UK');
    await page.getByLabel('Title').fill('Senior Data Analyst');
    await page.getByLabel('From').fill('2021-07');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('employment-row').filter({ hasText: 'Northwind Health' }).waitFor();

    await page.getByRole('tab', { name: 'Experiences' }).click();
    for (const [title, skills] of [
      ['Cut the monthly close from 9 days to 4', ['SQL', 'dbt']],
      ['Dashboards for ward managers', ['SQL', 'Power BI']],
    ] as const) {
      await page.getByRole('button', { name: 'Add experience' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Title').fill(title);
      await dialog.getByLabel('From').fill('2022-01');
      await dialog.getByLabel('To', { exact: true }).fill('2022-12');
      for (const skill of skills) {
        await dialog.getByLabel('Skills it shows').fill(skill);
        await dialog.getByLabel('Skills it shows').press('Enter');
      }
      await dialog.getByRole('button', { name: 'Save experience' }).click();
      await page.getByTestId('experience-row').filter({ hasText: title }).waitFor();
    }
    expect(await page.getByTestId('experience-row').first().textContent()).toContain('Cut the monthly close');
    await page.getByTestId('experience-row').nth(1).getByRole('button', { name: 'Move up' }).click();
    await page.getByTestId('experience-row').first().filter({ hasText: 'Dashboards for ward managers' }).waitFor();

    await page.getByLabel('Search experiences').fill('power bi');
    await expect.poll(() => page.getByTestId('experience-row').count()).toBe(1);
    await page.getByLabel('Search experiences').fill('');
    await page.screenshot({ path: screenshotPath('career-library'), fullPage: true });

    await page.getByRole('tab', { name: 'Skills' }).click();
    await page.getByRole('link', { name: 'SQL', exact: true }).first().click();
    await page.getByRole('heading', { name: 'SQL' }).waitFor();
    await expect.poll(() => page.getByTestId('skill-experience').count()).toBe(2);
    expect(await page.locator('main').textContent()).toContain('1 year (from your experiences)');
    await page.screenshot({ path: screenshotPath('career-skill'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });
});

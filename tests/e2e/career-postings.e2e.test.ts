import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const user = { name: 'Maya Lindqvist', email: 'maya.postings@example.com', password: 'Career-Postings-2026' };
const savedJobPage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/job-pages/plain-jsonld.html');

describeInBrowser('job postings and the applications board in the browser', () => {
  let app: ParleyInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openParleyInBrowser({ readyTimeoutMs: 360_000 });
    page = app.page;
    await signUpInBrowser(page, user);
    // The library already holds two experiences (its own browser test covers building it by hand).
    await page.goto('/career');
    await page.evaluate(async () => {
      for (const payload of [
        { title: 'Cut the monthly close from 9 days to 4', description: 'Rebuilt the finance reporting in SQL and dbt.', skills: ['SQL', 'dbt'] },
        { title: 'Dashboards for ward managers', description: 'Built Power BI dashboards for 14 wards.', skills: ['Power BI'] },
      ]) {
        const response = await fetch('/api/career/experiences', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
        if (response.status !== 201) throw new Error(`experience not created: ${response.status}`);
      }
    });
  }, 420_000);
  afterAll(async () => {
    await app?.close();
  });

  it('imports a saved job page with JSON-LD and shows its age, that it closed, the matches and a missing skill', async () => {
    await page.goto('/career');
    await page.getByRole('link', { name: 'Job postings' }).click();
    await page.getByRole('heading', { name: 'Job postings' }).waitFor();
    await page.getByText('Upload a saved page').click();
    await page.locator('input[type="file"]').setInputFiles(savedJobPage);
    await page.getByRole('heading', { name: 'Senior Data Analyst' }).waitFor();
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('Northwind Health');
    expect(await main.textContent()).toContain('Posted');
    expect(await page.getByTestId('expired-warning').textContent()).toContain('2026-12-01');
    expect(await page.getByTestId('reading-status').textContent()).toContain('schema.org JobPosting');

    await page.getByTestId('match-experience').first().waitFor();
    expect(await page.getByTestId('match-experience').first().textContent()).toContain('Cut the monthly close');
    expect(await page.getByTestId('skill-shown').filter({ hasText: 'SQL' }).textContent()).toContain('Cut the monthly close');
    // The posting asks for data analysis (read from its title by parseJob); no experience or skill of the library has it.
    const missing = page.getByTestId('skill-missing').filter({ hasText: 'Data analysis' });
    expect(await missing.textContent()).toContain('Not in your library: add it only if it is true.');

    await page.getByTestId('match-experience').first().getByLabel('Use for this posting').click();
    // Checked once the link is saved and the list of links refetched (the step timeout, not expect.poll's one second).
    await page.getByTestId('match-experience').first().locator('input[type="checkbox"]:checked').waitFor();
    await page.getByRole('button', { name: 'Draft summary' }).click();
    await page.getByTestId('tailored-summary').waitFor();
    expect(await page.getByTestId('tailored-summary').textContent()).toContain('Cut the monthly close from 9 days to 4');
    await page.screenshot({ path: screenshotPath('career-posting'), fullPage: true });
  });

  it('tracks applications, drags one from applied to interviewing and moves another with the keyboard menu', async () => {
    await page.getByRole('combobox', { name: 'Track it as' }).click();
    await page.getByRole('option', { name: 'Applied', exact: true }).click();
    await page.getByRole('button', { name: 'Track application' }).click();
    await page.getByRole('heading', { name: 'Applications' }).waitFor();
    const applied = page.getByTestId('column-applied');
    await applied.getByTestId('application-card').filter({ hasText: 'Senior Data Analyst' }).waitFor();

    // A second posting, pasted, saved for later.
    await page.goto('/career/postings');
    await page.getByLabel('Posting text').fill('Payroll Officer – Harbour Council, Plymouth\nRequirements:\n- Excel\n- Payroll systems such as iTrent');
    await page.getByRole('button', { name: 'Add posting' }).click();
    await page.getByRole('button', { name: 'Track application' }).click();
    await page.getByTestId('column-saved').getByTestId('application-card').first().waitFor();

    const card = applied.getByTestId('application-card').filter({ hasText: 'Senior Data Analyst' });
    await card.dragTo(page.getByTestId('column-interviewing'), { sourcePosition: { x: 8, y: 8 } });
    await page.getByTestId('column-interviewing').getByTestId('application-card').filter({ hasText: 'Senior Data Analyst' }).waitFor();

    const saved = page.getByTestId('column-saved').getByTestId('application-card').first();
    await saved.getByRole('button', { name: /Move .* to…/ }).focus();
    await page.keyboard.press('Enter');
    const screening = page.getByRole('menuitem', { name: 'Screening' });
    await screening.waitFor();
    await screening.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('column-screening').getByTestId('application-card').count()).toBe(1);

    // Both moves were kept: after a reload, and on the application's timeline.
    await page.reload();
    await page.getByTestId('column-interviewing').getByTestId('application-card').filter({ hasText: 'Senior Data Analyst' }).waitFor();
    expect(await page.getByTestId('column-screening').getByTestId('application-card').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('career-applications-board'), fullPage: true });
    await page.getByTestId('column-interviewing').getByRole('link', { name: 'Senior Data Analyst' }).click();
    await expect.poll(() => page.getByTestId('timeline-stage').allTextContents()).toEqual([expect.stringContaining('Applied'), expect.stringContaining('Interviewing')]);
    await page.screenshot({ path: screenshotPath('career-application'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });
});

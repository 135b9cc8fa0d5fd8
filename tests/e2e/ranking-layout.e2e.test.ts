import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readResumeFixture } from '#tests/fixtures/hiring.ts';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

/**
 * Issue 14, points 4, 6 and 7 as a recruiter sees them: a senior accountant ad pasted from a job site, accountants' CVs,
 * and the ranking on a 1366 px laptop and a 390 px phone — nothing cut, nothing to scroll sideways.
 */
const laptop = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };
const recruiter = { name: 'Lena Layout', email: 'lena@example.com', password: 'Ranking-Fits-2024' };
const jobText = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/jobs/senior-accountant-pasted.txt'), 'utf8');
const cvs = ['template-signed-accountant.pdf', 'template-supervisor-accountant.pdf', 'template-hr-generalist.pdf', 'accountant.pdf', 'financial-analyst.pdf'];
const erp = 'ERP (NetSuite, Sage or SAP)';

/** What is wrong with the page's fit: sideways scrolling, and any button, pill or badge whose text is cut or off screen. */
async function layoutProblems(page: Page, within: Locator): Promise<string[]> {
  const problems: string[] = [];
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  if (scrollWidth > innerWidth) problems.push(`the page scrolls sideways: ${scrollWidth} > ${innerWidth}`);
  const cut = await within.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('button, a, .mantine-Badge-root, .mantine-Button-label, .mantine-Badge-label')].flatMap((element) => {
      const box = element.getBoundingClientRect();
      const text = element.textContent?.trim() ?? '';
      if (box.width === 0 || !text) return [];
      // An inline element (a link in running text) has no box width of its own to overflow.
      const inline = getComputedStyle(element).display === 'inline';
      const clipped = !inline && element.scrollWidth > element.clientWidth + 1;
      const offScreen = box.left < 0 || box.right > window.innerWidth + 0.5;
      return clipped || offScreen ? [`"${text}" ${clipped ? 'is cut' : 'is off screen'}`] : [];
    }),
  );
  return [...problems, ...cut];
}

describeInBrowser('the ranking fits a laptop and a phone', () => {
  let app: ParleyInBrowser;
  let page: Page;
  let jobUrl = '';

  beforeAll(async () => {
    app = await openParleyInBrowser({ viewport: laptop, readyTimeoutMs: 280_000 });
    page = app.page;
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  const rows = () => page.getByTestId('candidate-row');

  it('reads the pasted ad: the ERP group is one requirement, the degree its own, hybrid (point 4)', async () => {
    await signUpInBrowser(page, recruiter);
    await page.goto('/settings/workspaces');
    await page.getByLabel('New workspace').fill('Harbor & Pine finance');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('members-table').getByText(recruiter.email).waitFor();

    await page.goto('/hiring/jobs/new');
    await page.getByLabel('Title').fill('Senior Accountant');
    await page.getByRole('textbox', { name: 'Description' }).fill(jobText);
    await page.getByRole('button', { name: 'Create job' }).click();
    await page.waitForURL(/\/hiring\/jobs\/[0-9a-f-]+\?tab=requirements$/);
    jobUrl = new URL(page.url()).pathname;
    const mustHaves = page.getByRole('combobox', { name: 'Must-have skills' }).locator('xpath=ancestor::div[contains(@class,"mantine-TagsInput-root")]');
    await mustHaves.getByText(erp, { exact: true }).waitFor();
    const must = (await mustHaves.textContent()) ?? '';
    for (const duty of ['Accruals', 'Audit support', 'FP&A', 'Mentoring', 'Communication']) expect(must).not.toContain(duty);
    expect(await page.getByLabel('Degree').inputValue()).toBe("Bachelor's degree in Accounting or Finance");
    expect(await page.getByRole('radio', { name: 'Hybrid' }).isChecked()).toBe(true);
  });

  it('shows each CV of the upload with its score (point 7)', async () => {
    await page.goto(`${jobUrl}?tab=uploads`);
    await page.locator('input[type="file"]').setInputFiles(cvs.map((name) => ({ name, mimeType: 'application/pdf', buffer: readResumeFixture(name) })));
    await page.getByRole('button', { name: 'Upload and screen' }).click();
    await page.waitForURL(/\/hiring\/batches\/[0-9a-f-]+$/);
    await page.getByTestId('batch-progress').filter({ hasText: '100 %' }).waitFor({ timeout: 120_000 });
    const scores = await page.getByTestId('batch-files').locator('tr[data-status="done"]').getByTestId('file-score').allTextContents();
    expect(scores).toHaveLength(cvs.length);
    for (const score of scores) expect(score).toMatch(/^\d{1,3}$/);
  });

  it('fits the ranking at 1366 px: no sideways scroll, no cut button, pill or name (point 6)', async () => {
    await page.goto(jobUrl);
    await rows().first().waitFor();
    expect(await rows().count()).toBe(cvs.length);
    await page.getByTestId('ranking-table').waitFor();
    expect(await layoutProblems(page, page.locator('main'))).toEqual([]);
    // Names stay in their column: none runs over the score beside it.
    for (const row of await rows().all()) {
      const name = await row.getByTestId('candidate-name').boundingBox();
      const score = await row.getByTestId('candidate-score').boundingBox();
      expect(name && score && name.x + name.width <= score.x).toBe(true);
    }
    for (const row of await rows().all()) expect(await row.getByRole('button', { name: /^Reject / }).textContent()).toBe('Reject');
    const sapUser = rows().filter({ hasText: 'template-signed-accountant.pdf' });
    expect(await sapUser.getByTestId('skills-matched').textContent()).toContain(erp);
    await page.screenshot({ path: screenshotPath('ranking-1366'), fullPage: true });
  });

  it('filters by a skill under its other name, with the job skills as suggestions, and reads the reasoning plainly (point 7)', async () => {
    const filter = page.getByRole('combobox', { name: 'Has skill' });
    // The suggestions are the field's datalist (the browser filters and shows them as the user types).
    const suggestions = await filter.evaluate((input) => [...((input as HTMLInputElement).list?.options ?? [])].map((option) => option.value));
    expect(suggestions).toContain('NetSuite');
    await filter.fill('Excel');
    await rows().first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="candidate-row"]').length > 0);
    expect(await page.getByText('No candidate matches these filters.').count()).toBe(0);
    await filter.fill('');

    await rows().filter({ hasText: 'template-signed-accountant.pdf' }).getByTestId('candidate-name').click();
    const reasoning = page.getByTestId('reasoning');
    await reasoning.waitFor();
    const text = (await reasoning.textContent()) ?? '';
    expect(text).not.toMatch(/characters \d|TF-IDF|cosine|line \d/);
    expect(text).toContain('Degree: the job asks for');
    expect(text).toContain('ERP (as SAP)');
  });

  it('lists the job with its candidates and best score, its status in full (point 7)', async () => {
    await page.goto('/hiring');
    const row = page.getByTestId('job-row').filter({ hasText: 'Senior Accountant' });
    await row.getByTestId('job-candidates').filter({ hasText: `${cvs.length} candidates` }).waitFor();
    expect(await row.getByTestId('job-best-score').textContent()).toMatch(/^\d{1,3}$/);
    expect(await row.textContent()).not.toContain('Harbor & Pine Outfitters is a family-owned');
    expect(await row.getByTestId('job-status').textContent()).toBe('Open');
    expect(await layoutProblems(page, page.locator('main'))).toEqual([]);
  });

  it('shows the ranking as cards on a 390 px phone, with nothing to scroll sideways (point 6)', async () => {
    await page.setViewportSize(phone);
    await page.goto(jobUrl);
    await page.getByTestId('ranking-cards').waitFor();
    expect(await page.getByTestId('ranking-table').count()).toBe(0);
    expect(await rows().count()).toBe(cvs.length);
    expect(await layoutProblems(page, page.locator('main'))).toEqual([]);
    for (const row of await rows().all()) {
      const reject = await row.getByRole('button', { name: /^Reject / }).boundingBox();
      expect(reject && reject.x >= 0 && reject.x + reject.width <= phone.width).toBe(true);
    }
    await page.screenshot({ path: screenshotPath('ranking-390'), fullPage: true });

    await page.goto('/hiring');
    await page.getByTestId('job-row').first().waitFor();
    expect(await layoutProblems(page, page.locator('main'))).toEqual([]);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors.filter((message) => !/status of 4\d\d/.test(message))).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readResumeFixture } from '#tests/fixtures/hiring.ts';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

/**
 * What a new recruiter walked through (issue 14, points 1–8): a senior accountant ad pasted as it was published, and
 * CVs written the way resume-site templates write them (a heading on the first line, "Company Name – City, State",
 * dashes mis-encoded on the way), uploaded as PDFs.
 */
const laptop = { width: 1366, height: 900 };
const recruiter = { name: 'Rosa Recruiter', email: 'rosa@example.com', password: 'Hiring-Walkthrough-2024' };
const jobText = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/jobs/senior-accountant.txt'), 'utf8');
const [jobTitle = '', ...jobBody] = jobText.split('\n');
/** Made by scripts/make-template-resumes.ts. Two give no name (a heading on the first line), one is signed at the bottom. */
const templateCvs = ['template-supervisor-accountant.pdf', 'template-signed-accountant.pdf', 'template-hr-generalist.pdf'];
/** What a mis-encoded dash looks like on a page. */
const mojibake = /ï¼|â€|Ã©/;
const usStatesAsTitles = /(?:^|·\s)(?:State|City|OH|Ohio)\s·/m;

describeInBrowser('hiring as a new recruiter walks through it', () => {
  let app: ParleyInBrowser;
  let page: Page;
  let jobUrl = '';

  beforeAll(async () => {
    app = await openParleyInBrowser({ viewport: laptop, readyTimeoutMs: 150_000 });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  const rows = () => page.getByTestId('candidate-row');
  /** Everything a person could read on the page, the tab title included. */
  const visibleText = () => page.evaluate(() => `${document.title}\n${document.body.textContent ?? ''}`);

  it('creates a job from /hiring/jobs/new opened directly, with no workspace in the address (point 1)', async () => {
    await signUpInBrowser(page, recruiter);
    await page.goto('/settings/workspaces');
    await page.getByLabel('New workspace').fill('Brightwell finance');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('members-table').getByText(recruiter.email).waitFor();

    // A bookmark, or a reload of the page: nothing but the address.
    await page.goto('/hiring/jobs/new');
    await page.reload();
    await page.getByText('In Brightwell finance.', { exact: false }).waitFor();
    await page.getByLabel('Title').fill(jobTitle);
    await page.getByRole('textbox', { name: 'Description' }).fill(jobBody.join('\n').trim());
    await page.getByRole('button', { name: 'Create job' }).click();
    await page.waitForURL(/\/hiring\/jobs\/[0-9a-f-]+\?tab=requirements$/);
    jobUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: jobTitle }).waitFor();
    expect(await page.getByText('Workspace not found').count()).toBe(0);
    expect(jobUrl).toMatch(/^\/hiring\/jobs\/[0-9a-f-]+$/);
  });

  it('names no candidate after a heading or a title, shows no place as a title and no mis-encoded dash (point 2)', async () => {
    await page.goto(`${jobUrl}?tab=uploads`);
    await page.locator('input[type="file"]').setInputFiles(templateCvs.map((name) => ({ name, mimeType: 'application/pdf', buffer: readResumeFixture(name) })));
    await page.getByRole('button', { name: 'Upload and screen' }).click();
    await page.waitForURL(/\/hiring\/batches\/[0-9a-f-]+$/);
    await page.getByTestId('batch-progress').filter({ hasText: '100 %' }).waitFor({ timeout: 90_000 });
    await page.goto(jobUrl);
    await rows().first().waitFor();
    expect(await rows().count()).toBe(templateCvs.length);

    const names = await page.getByTestId('candidate-name').allTextContents();
    for (const name of names) expect(name).not.toMatch(/ACCOUNTANT|GENERALIST|Accountant|Generalist/);
    expect(names.filter((name) => name === 'Name not found')).toHaveLength(templateCvs.length);
    // Each is told apart by its file.
    for (const file of templateCvs) await rows().filter({ hasText: file }).getByText('Name not found').waitFor();

    await rows().filter({ hasText: 'template-supervisor-accountant.pdf' }).getByTestId('candidate-name').click();
    await page.getByTestId('candidate-title').filter({ hasText: 'Name not found' }).waitFor();
    expect(await page.getByTestId('candidate-headline').textContent()).toBe('Supervisor Accountant');
    expect(await page.getByTestId('candidate-file').textContent()).toContain('template-supervisor-accountant.pdf');
    expect(await page.title()).toContain('Name not found (template-supervisor-accountant.pdf)');
    // A Senior Accountant applying as a Senior Accountant fits the title.
    const titleFit = Number(await page.getByRole('progressbar', { name: 'Job title fit' }).getAttribute('aria-valuenow'));
    expect(titleFit).toBeGreaterThanOrEqual(90);

    await page.getByRole('tab', { name: 'Profile' }).click();
    const history = await page.getByTestId('work-history').textContent();
    expect(history).toContain('Senior Accountant');
    expect(history).not.toMatch(usStatesAsTitles);
    for (const tab of ['Assessment', 'Evidence', 'Profile']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').waitFor();
      expect(await visibleText()).not.toMatch(mojibake);
    }
    await page.screenshot({ path: screenshotPath('hiring-template-cv-profile'), fullPage: true });
  });

  it('shows as evidence only what the CV names, everywhere it names it, and a related skill as related (point 3)', async () => {
    await page.goto(jobUrl);
    await rows().filter({ hasText: 'template-signed-accountant.pdf' }).getByTestId('candidate-name').click();
    await page.getByRole('tab', { name: 'Evidence' }).click();
    const cv = page.getByTestId('cv-text');
    await cv.locator('mark').first().waitFor();
    // She books accruals and holds a CPA; she names neither journal entries nor GAAP.
    expect(await cv.locator('mark[data-skill="Journal entries"]').count()).toBe(0);
    expect(await cv.locator('mark[data-skill="GAAP"]').count()).toBe(0);
    // Accruals are a duty of this job, not a requirement (issue 14, point 4): the word is not marked as anything.
    expect(await cv.locator('mark', { hasText: /^accruals$/i }).count()).toBe(0);
    expect(await page.getByTestId('evidence-skills').getByText('GAAP', { exact: true }).count()).toBe(0);
    const related = page.getByTestId('related-skills');
    expect(await related.locator('[data-skill="GAAP"]').textContent()).toContain('the CV names Certified Public Accountant');
    expect(await related.locator('[data-skill="Journal entries"]').textContent()).toContain('the CV names Accruals');
    // Every mark is the skill it claims, by one of its names.
    for (const mark of await cv.locator('mark').all()) {
      const skill = (await mark.getAttribute('data-skill')) ?? '';
      const shown = (await mark.textContent()) ?? '';
      expect(`${skill}: ${shown}`).not.toMatch(/^(?:Journal entries: accruals|GAAP: CPA|GAAP: Certified Public Accountant)$/);
    }
    await page.getByRole('tab', { name: 'Assessment' }).click();
    expect(await page.getByTestId('skills-related').textContent()).toContain('GAAP');
    expect(await page.getByTestId('skills-matched').first().textContent()).not.toContain('GAAP');
    expect(await page.getByRole('tabpanel').textContent()).not.toContain('GAAP through');

    // The supervisor names the general ledger three times: all three are highlighted. "Testing activities with auditors" is auditing work.
    await page.goto(jobUrl);
    await rows().filter({ hasText: 'template-supervisor-accountant.pdf' }).getByTestId('candidate-name').click();
    // The ranking stays on screen while the candidate page downloads: wait for the page itself, not for its badges.
    await page.getByTestId('candidate-title').filter({ hasText: 'Name not found' }).waitFor();
    await page.getByTestId('skills-matched').first().waitFor();
    expect(await page.getByTestId('skills-matched').first().textContent()).toContain('Auditing');
    // Nothing may be missing at all (then there is no list): either way, Auditing is not among the missing.
    expect(await page.getByTestId('skills-missing').filter({ hasText: 'Auditing' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Evidence' }).click();
    await cv.locator('mark').first().waitFor();
    expect(await cv.locator('mark[data-skill="General ledger"]').count()).toBe(3);
    expect(await cv.locator('mark[data-skill="Auditing"]').allTextContents()).toContain('auditors');
    await page.screenshot({ path: screenshotPath('hiring-evidence-related'), fullPage: true });
  });

  it('ran without page errors', () => {
    expect(app.pageErrors.filter((message) => !/status of 4\d\d/.test(message))).toEqual([]);
  });
});

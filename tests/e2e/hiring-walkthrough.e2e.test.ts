import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser } from './support/browser.ts';
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

describeInBrowser('hiring as a new recruiter walks through it', () => {
  let app: ParleyInBrowser;
  let page: Page;
  let jobUrl = '';

  beforeAll(async () => {
    app = await openParleyInBrowser({ viewport: laptop });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

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

  it('ran without page errors', () => {
    expect(app.pageErrors.filter((message) => !/status of 4\d\d/.test(message))).toEqual([]);
  });
});

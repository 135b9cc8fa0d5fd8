import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readResumeFixture } from '#tests/fixtures/hiring.ts';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const wideScreen = { width: 1440, height: 960 };
const recruiter = { name: 'Rita Recruiter', email: 'rita@example.com', password: 'Hiring-Is-Fun-2024' };
const jobText = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/jobs/senior-backend-engineer.txt'), 'utf8');
const [jobTitle = '', ...jobBody] = jobText.split('\n');
// Far enough ahead that the real clock of the started server never reaches it.
const day = '2030-03-12';

describeInBrowser('interview scheduling in the browser', () => {
  let app: ParleyInBrowser;
  let page: Page;
  let candidateContext: BrowserContext | undefined;
  let jobUrl = '';
  let interviewUrl = '';
  let candidateUrl = '';
  let candidateName = '';
  let candidateId = '';

  beforeAll(async () => {
    app = await openParleyInBrowser({ viewport: wideScreen });
    page = app.page;
  });

  afterAll(async () => {
    await candidateContext?.close();
    await app?.close();
  });

  it('has a CV screened in a job', async () => {
    await signUpInBrowser(page, recruiter);
    await page.goto('/settings/workspaces');
    await page.getByLabel('New workspace').fill('Parcelwise hiring');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('members-table').getByText(recruiter.email).waitFor();

    await page.goto('/hiring/jobs/new');
    await page.getByLabel('Title').fill(jobTitle);
    await page.getByRole('textbox', { name: 'Description' }).fill(jobBody.join('\n').trim());
    await page.getByRole('button', { name: 'Create job' }).click();
    await page.waitForURL(/\/hiring\/jobs\/[0-9a-f-]+\?tab=requirements$/);
    jobUrl = new URL(page.url()).pathname;

    await page.goto(`${jobUrl}?tab=uploads`);
    await page.locator('input[type="file"]').setInputFiles([{ name: 'software-engineer.pdf', mimeType: 'application/pdf', buffer: readResumeFixture('software-engineer.pdf') }]);
    await page.getByRole('button', { name: 'Upload and screen' }).click();
    await page.waitForURL(/\/hiring\/batches\/[0-9a-f-]+$/);
    await page.getByTestId('batch-progress').filter({ hasText: '100 %' }).waitFor({ timeout: 90_000 });
  });

  it('books from "Schedule interview" in the ranking, prefilled, with a panel', async () => {
    await page.goto(jobUrl);
    const row = page.getByTestId('candidate-row').first();
    candidateName = (await row.getByTestId('candidate-name').textContent()) ?? '';
    await row.getByRole('link', { name: /Schedule interview/ }).click();
    await page.waitForURL(/\/interviews\/new\?job=.+&candidate=.+/);
    candidateId = new URL(page.url()).searchParams.get('candidate') ?? '';
    await expect.poll(() => page.getByLabel('Candidate name').inputValue()).toBe(candidateName);
    const email = page.getByLabel('Candidate email');
    if (!(await email.inputValue())) await email.fill('maya.chen@example.org');
    await page.getByText(`For ${jobTitle}`).waitFor();

    await page.getByLabel('Date and time').fill(`${day}T15:00`);
    await page.getByLabel('Meeting link').fill('https://meet.example/parcelwise-backend');
    // The candidate lives in Tokyo: their mails and their page give the time there.
    const candidateZone = page.getByLabel("Candidate's time zone (for their mails)").first();
    await candidateZone.click();
    await candidateZone.fill('Tokyo');
    await page.getByRole('option', { name: 'Asia/Tokyo' }).click();
    await page.getByRole('combobox', { name: 'Add a member' }).click();
    await page.getByRole('option', { name: new RegExp(recruiter.name) }).click();
    await page.getByLabel('Or an outside email').fill('nadia.guest@partner.example');
    await page.getByRole('button', { name: 'Add guest' }).click();
    expect(await page.getByTestId('panel-entry').count()).toBe(2);
    await page.getByRole('button', { name: 'Draft from the job and CV' }).click();
    await page.getByTestId('question-entry').first().waitFor();
    await page.getByRole('button', { name: 'Move question 2 up' }).click();
    await page.screenshot({ path: screenshotPath('interview-booking'), fullPage: true });

    await page.getByRole('button', { name: 'Book interview' }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    interviewUrl = new URL(page.url()).pathname;
    await page.getByText('these two links are shown only now').waitFor();
    candidateUrl = (await page.getByTestId('url-Candidate link').textContent()) ?? '';
    expect(candidateUrl).toMatch(/\/api\/room\?token=[\w-]{43}$/);
    expect(await page.getByTestId('panel-table').textContent()).toContain('nadia.guest@partner.example');
    expect(await page.getByTestId('candidate-rsvp').textContent()).toBe('No answer yet');
  });

  it('downloads the invitation as .ics with METHOD:REQUEST', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download .ics' }).click()]);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    expect(ics).toMatch(/METHOD:REQUEST\r\n/);
    expect(ics).toMatch(/SEQUENCE:0\r\n/);
    expect(ics).toContain('nadia.guest@partner.example');
  });

  it('lists the interview and shows it in its week, from the address alone', async () => {
    await page.goto('/interviews');
    await page.getByTestId('interview-row').filter({ hasText: candidateName }).waitFor();
    await page.screenshot({ path: screenshotPath('interview-list'), fullPage: true });
    await page.goto(`/interviews?view=week&week=${day}`);
    await page.reload();
    await page.getByTestId('week-view').getByRole('link', { name: candidateName }).waitFor();
    expect(await page.getByTestId('week-view').textContent()).toContain('Tue 12 Mar');
    await page.screenshot({ path: screenshotPath('interview-week'), fullPage: true });
  });

  it('lets the candidate open their link in another browser and confirm, which the recruiter then sees', async () => {
    candidateContext = await app.browser.newContext({ baseURL: app.parley.url, colorScheme: 'light', viewport: { width: 1024, height: 800 } });
    const candidate = await candidateContext.newPage();
    await candidate.goto(candidateUrl);
    await candidate.waitForURL(/\/room\/[0-9a-f-]{36}$/);
    expect(candidate.url()).not.toContain('token=');
    await candidate.getByRole('heading', { name: new RegExp(candidateName) }).waitFor();
    await candidate.getByText('https://meet.example/parcelwise-backend').waitFor();
    expect(await candidate.getByTestId('candidate-rsvp-panel').textContent()).not.toContain('nadia.guest');
    await candidate.getByRole('button', { name: 'Confirm' }).click();
    await candidate.getByText('You confirmed:').waitFor();
    expect(await candidate.getByText('You confirmed:').textContent()).toContain('(Asia/Tokyo)');
    await candidate.screenshot({ path: screenshotPath('interview-candidate-confirmed'), fullPage: true });

    await page.goto(interviewUrl);
    await page.getByTestId('candidate-rsvp').filter({ hasText: 'Confirmed' }).waitFor();
    expect(await page.getByTestId('interview-status').textContent()).toBe('Confirmed');
    await page.screenshot({ path: screenshotPath('interview-page-confirmed'), fullPage: true });

    // The recruiter sits on the panel and answers too.
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByTestId('panel-table').getByText('Accepted').waitFor();
  });

  it("shows the interview on the candidate's page in hiring", async () => {
    await page.goto(`/hiring/candidates/${candidateId}?tab=interviews`);
    const section = page.getByTestId('candidate-interviews');
    await section.waitFor();
    expect(await section.getByRole('link').first().getAttribute('href')).toBe(interviewUrl);
    expect(await section.textContent()).toContain('Confirmed');
    await page.screenshot({ path: screenshotPath('candidate-interviews'), fullPage: true });
  });

  it('warns before booking a panelist twice at the same time, and books only when asked to', async () => {
    await page.goto('/interviews/new');
    await page.getByLabel('Candidate name').fill('Tomás Ferreira');
    await page.getByLabel('Candidate email').fill('tomas.ferreira@example.org');
    await page.getByLabel('Date and time').fill(`${day}T15:30`);
    await page.getByLabel('Or an outside email').fill('nadia.guest@partner.example');
    await page.getByRole('button', { name: 'Add guest' }).click();
    await page.getByRole('button', { name: 'Book interview' }).click();
    await page.getByText('Someone on the panel is already booked then').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'already booked' }).textContent()).toContain(`nadia.guest@partner.example is on the panel of the interview with ${candidateName}`);
    expect(page.url()).toMatch(/\/interviews\/new$/);
    await page.screenshot({ path: screenshotPath('interview-conflict-warning'), fullPage: true });
    await page.getByRole('button', { name: 'Book anyway' }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: /Tomás Ferreira/ }).waitFor();
  });

  it('ran without page errors', () => {
    expect(app.pageErrors.filter((message) => !/status of 4\d\d/.test(message))).toEqual([]);
  });
});

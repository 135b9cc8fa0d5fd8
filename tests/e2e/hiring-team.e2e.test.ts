import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readResumeFixture } from '#tests/fixtures/hiring.ts';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

/**
 * Issue 14, point 8, as a hiring team works: tick two candidates and move them to "Interview" at once, write a note that
 * mentions a teammate (who sees it in the bell and follows it to the candidate), and open a person who applied to two
 * jobs (same email) with both applications. Jobs are created through the API (quicker than the form, which other tests
 * cover); CVs are uploaded in the page as a recruiter would.
 */
const laptop = { width: 1366, height: 900 };
const recruiter = { name: 'Rosa Recruiter', email: 'rosa@example.com', password: 'Team-Work-Daily-2024' };
const teammate = { name: 'Tariq Teammate', email: 'tariq@example.com', password: 'Reads-Every-Note-7' };
const maya = 'Maya Chen';
const daniel = 'Daniel Okafor';

describeInBrowser('a hiring team at work', () => {
  let app: ParleyInBrowser;
  let page: Page;
  let workspaceId = '';
  /** The teammate's own browser, signed in. */
  let reader: Page;
  const jobs: Record<'backend' | 'platform', string> = { backend: '', platform: '' };

  beforeAll(async () => {
    app = await openParleyInBrowser({ viewport: laptop, readyTimeoutMs: 280_000 });
    page = app.page;
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  const rows = () => page.getByTestId('candidate-row');
  const post = async (path: string, data: object) => {
    const response = await page.request.post(path, { data, headers: { origin: app.parley.url } });
    expect(response.status(), await response.text()).toBeLessThan(300);
    return (await response.json()) as { id: string };
  };
  const upload = async (jobId: string, files: readonly string[]) => {
    await page.goto(`/hiring/jobs/${jobId}?tab=uploads`);
    await page.locator('input[type="file"]').setInputFiles(files.map((name) => ({ name, mimeType: name.endsWith('.pdf') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: readResumeFixture(name) })));
    await page.getByRole('button', { name: 'Upload and screen' }).click();
    await page.waitForURL(/\/hiring\/batches\/[0-9a-f-]+$/);
    await page.getByTestId('batch-progress').filter({ hasText: '100 %' }).waitFor({ timeout: 150_000 });
  };

  it('sets up a workspace with a teammate and two jobs with CVs', async () => {
    await signUpInBrowser(page, recruiter);
    await page.goto('/settings/workspaces');
    await page.getByLabel('New workspace').fill('Northwind hiring');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('members-table').getByText(recruiter.email).waitFor();
    const list = (await (await page.request.get('/api/workspaces')).json()) as { items: { id: string }[] };
    workspaceId = list.items[0]!.id;

    await page.getByLabel('Email').fill(teammate.email);
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Interviewer' }).click();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(teammate.email).waitFor();
    await page.goto('/settings/admin/outbox');
    await page.getByLabel('Filter by recipient').fill(teammate.email);
    await page.getByTestId('outbox-list').getByRole('button').first().click();
    const invitationLink = await page.getByTestId('outbox-link').filter({ hasText: '/invitations/accept' }).first().getAttribute('href');
    const other = await app.browser.newContext({ baseURL: app.parley.url, viewport: laptop });
    reader = await other.newPage();
    await signUpInBrowser(reader, teammate);
    await reader.goto(invitationLink!);
    await reader.getByRole('button', { name: 'Accept invitation' }).click();
    await reader.getByText('You joined the workspace').waitFor();

    jobs.backend = (await post(`/api/workspaces/${workspaceId}/jobs`, { title: 'Senior Backend Engineer', description: 'Go, PostgreSQL, Kubernetes and AWS; 5 years of backend work.' })).id;
    jobs.platform = (await post(`/api/workspaces/${workspaceId}/jobs`, { title: 'Data Platform Lead', description: 'Python, SQL, data pipelines and AWS; leads a small team.' })).id;
    await upload(jobs.backend, ['software-engineer.pdf', 'data-analyst.pdf', 'devops-engineer.pdf']);
    await upload(jobs.platform, ['software-engineer.docx']);
  }, 420_000);

  it('moves two ticked candidates to Interview in one go, and filters the ranking by that stage', async () => {
    await page.goto(`/hiring/jobs/${jobs.backend}`);
    await rows().first().waitFor();
    expect(await rows().count()).toBe(3);
    await page.getByRole('checkbox', { name: `Select ${maya}` }).check();
    await page.getByRole('checkbox', { name: `Select ${daniel}` }).check();
    const bulk = page.getByTestId('bulk-actions');
    await bulk.getByText('2 candidates ticked').waitFor();
    await bulk.getByRole('combobox', { name: 'Move to stage' }).click();
    await page.getByRole('listbox', { name: 'Move to stage' }).getByRole('option', { name: 'Interview' }).click();
    await bulk.getByRole('button', { name: 'Move', exact: true }).click();
    await bulk.waitFor({ state: 'detached' });
    const stageOf = (name: string) => rows().filter({ hasText: name }).getByTestId('candidate-stage');
    await stageOf(maya).filter({ hasText: /^Interview$/ }).waitFor();
    await stageOf(daniel).filter({ hasText: /^Interview$/ }).waitFor();
    expect(await page.getByTestId('candidate-stage').allTextContents()).toEqual(expect.arrayContaining(['Interview', 'Interview', 'New']));
    expect((await page.getByTestId('candidate-stage').allTextContents()).filter((stage) => stage === 'Interview')).toHaveLength(2);
    // At 1366 px the stage column fits its longest default name: no badge is cut to "INTERVI…".
    const cut = await page.getByTestId('candidate-stage').evaluateAll((badges) =>
      badges.flatMap((badge) => {
        const label = badge.querySelector<HTMLElement>('.mantine-Badge-label') ?? (badge as HTMLElement);
        return label.scrollWidth > label.clientWidth + 1 ? [badge.textContent] : [];
      }),
    );
    expect(cut).toEqual([]);

    await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Interview' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="candidate-row"]').length === 2);
    const names = await rows().getByTestId('candidate-name').allTextContents();
    expect(names.join(' ')).toContain(maya);
    expect(names.join(' ')).toContain(daniel);
    await page.screenshot({ path: screenshotPath('hiring-team-stages'), fullPage: true });
  });

  it('adds a note mentioning a teammate, who is notified and follows the link to the candidate', async () => {
    await rows().filter({ hasText: maya }).getByTestId('candidate-name').click();
    await page.getByTestId('candidate-title').filter({ hasText: maya }).waitFor();
    const notes = page.getByTestId('candidate-notes');
    const box = notes.getByRole('textbox', { name: 'Add a note' });
    await box.fill('Great Go depth. @Tar');
    await notes.getByRole('option', { name: /Tariq Teammate/ }).click();
    expect(await box.inputValue()).toBe('Great Go depth. @Tariq Teammate ');
    await box.pressSequentially('please join the interview.');
    await notes.getByRole('button', { name: 'Add note' }).click();
    const note = notes.getByTestId('candidate-note').first();
    await note.getByText('Mentions: Tariq Teammate').waitFor();
    const candidateUrl = new URL(page.url()).pathname;

    await reader.goto('/hiring');
    await reader.getByRole('button', { name: 'Notifications: 1 unread' }).click();
    const mention = reader.getByTestId('notification').filter({ hasText: 'Rosa Recruiter mentioned you' });
    await mention.getByText(`In a note on ${maya} (Senior Backend Engineer).`).waitFor();
    await mention.click();
    await reader.waitForURL((url) => url.pathname === candidateUrl);
    await reader.getByTestId('candidate-note').getByText('please join the interview.').waitFor();
    await reader.screenshot({ path: screenshotPath('hiring-team-mention'), fullPage: true });
  });

  it('shows a person who applied to two jobs with both applications, and finds them across jobs', async () => {
    const applications = page.getByTestId('person-applications');
    const other = applications.getByTestId('other-application');
    await other.first().waitFor();
    expect(await other.count()).toBe(1);
    expect(await other.textContent()).toContain('Data Platform Lead');
    expect(await other.textContent()).toContain('New');
    await other.getByRole('link', { name: 'Data Platform Lead' }).click();
    await page.getByTestId('candidate-title').filter({ hasText: maya }).waitFor();
    const back = page.getByTestId('person-applications').getByTestId('other-application');
    await back.filter({ hasText: 'Senior Backend Engineer' }).filter({ hasText: 'Interview' }).waitFor();
    await page.screenshot({ path: screenshotPath('hiring-team-person'), fullPage: true });

    await page.goto(`/hiring/people?workspace=${workspaceId}`);
    await page.getByLabel('Search candidates').fill('maya.chen@');
    const person = page.getByTestId('person-row').filter({ hasText: maya });
    await person.getByRole('link', { name: 'Data Platform Lead' }).waitFor();
    await person.getByRole('link', { name: 'Senior Backend Engineer' }).waitFor();
    expect(await page.getByTestId('person-row').count()).toBe(1);
  });
});

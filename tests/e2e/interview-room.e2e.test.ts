import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectPageErrors, describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/interviews/${name}`, import.meta.url), 'utf8');
const jobText = fixture('room-job.txt');
const cvText = fixture('room-cv.txt');
const recruiter = { name: 'Rita Recruiter', email: 'rita@example.com', password: 'Hiring-Is-Fun-2024' };
const wideScreen = { width: 1440, height: 1000 };

/** Two browsers: the recruiter hosts the room (signed in, on the panel), the candidate opens their own link. */
describeInBrowser('the live interview room in the browser', () => {
  let app: ParleyInBrowser;
  let host: Page;
  let candidateContext: BrowserContext;
  let candidate: Page;
  let candidateErrors: string[] = [];
  let interviewId = '';
  let candidateUrl = '';

  beforeAll(async () => {
    // A loaded machine may take minutes to start the server.
    app = await openParleyInBrowser({ viewport: wideScreen, readyTimeoutMs: 400_000 });
    host = app.page;
    candidateContext = await app.browser.newContext({ baseURL: app.parley.url, colorScheme: 'light', viewport: { width: 1100, height: 900 } });
    candidateContext.setDefaultTimeout(20_000);
    candidate = await candidateContext.newPage();
    candidateErrors = collectPageErrors(candidate);
  }, 450_000);
  afterAll(async () => {
    await candidateContext?.close();
    await app?.close();
  });

  it('books an interview through the API for a screened candidate', async () => {
    await signUpInBrowser(host, recruiter);
    const headers = { origin: app.parley.url };
    const post = async (url: string, data: unknown) => {
      const response = await host.request.post(url, { headers, data });
      expect(response.status(), await response.text()).toBeLessThan(300);
      return (await response.json()) as { id: string; candidateUrl?: string };
    };
    const workspace = await post('/api/workspaces', { name: 'Northwind hiring' });
    const [title = '', ...body] = jobText.split('\n');
    const job = await post(`/api/workspaces/${workspace.id}/jobs`, { title, description: body.join('\n').trim() });
    const upload = await host.request.post(`/api/jobs/${job.id}/batches`, {
      headers,
      multipart: { files: { name: 'dana-whitfield-cv.txt', mimeType: 'text/plain', buffer: Buffer.from(cvText) } },
    });
    expect(upload.status(), await upload.text()).toBe(202);
    let candidateId = '';
    for (let attempt = 0; attempt < 120 && !candidateId; attempt += 1) {
      const page = (await (await host.request.get(`/api/jobs/${job.id}/candidates`)).json()) as { items: { id: string }[] };
      candidateId = page.items[0]?.id ?? '';
      if (!candidateId) await host.waitForTimeout(1000);
    }
    expect(candidateId).not.toBe('');
    const startsAt = new Date(Date.now() + 2 * 3_600_000).toISOString().slice(0, 16);
    const booked = await post(`/api/workspaces/${workspace.id}/interviews`, {
      candidateName: 'Dana Whitfield',
      candidateEmail: 'dana.whitfield@example.org',
      jobId: job.id,
      candidateId,
      startsAt,
      timeZone: 'UTC',
      durationMinutes: 45,
      meetingLink: 'https://meet.example.org/dana-whitfield',
      panel: [{ email: recruiter.email, role: 'lead' }],
      questions: ['Tell me about a migration you led to Kubernetes.', 'How do you handle failed payments and retries with a payment provider?'],
    });
    interviewId = booked.id;
    candidateUrl = booked.candidateUrl!;
  }, 300_000);

  it('the candidate opens their link: a clean URL, only the notice and the call, and accepts', async () => {
    const link = new URL(candidateUrl);
    await candidate.goto(link.pathname + link.search);
    await candidate.waitForURL(`**/room/${interviewId}`);
    expect(candidate.url()).not.toContain('token');
    await candidate.getByTestId('room-notice').waitFor();
    const text = (await candidate.locator('body').textContent()) ?? '';
    expect(text).toContain('With Rita Recruiter');
    expect(text).toContain('Join the call: https://meet.example.org/dana-whitfield');
    expect(text).not.toContain('Northwind Logistics');
    expect(text).not.toContain('Briefing');
    await candidate.getByRole('button', { name: 'Accept' }).click();
    await candidate.getByTestId('room-consent-given').waitFor();
    await candidate.screenshot({ path: screenshotPath('interview-room-candidate'), fullPage: true });
  });

  it('the host sees the briefing, the consent, ticks a question, types notes and pastes transcript lines; AI notes arrive live', async () => {
    await host.goto(`/room/${interviewId}`);
    await host.getByTestId('room-briefing').getByText(/^Match \d+\/100/).waitFor({ timeout: 60_000 });
    await host.getByTestId('room-consent').filter({ hasText: 'Candidate accepted the recording notice' }).waitFor();
    await host.getByText('Live', { exact: true }).waitFor();

    await host.getByLabel('Tell me about a migration you led to Kubernetes.').click();
    await host.getByTestId('room-note').filter({ hasText: 'Question asked: Tell me about a migration you led to Kubernetes.' }).waitFor();

    await host.getByLabel('Note', { exact: true }).fill('Clear walkthrough of the rollout plan; ask for the runbook.');
    await host.getByRole('button', { name: 'Add note' }).click();
    await host.getByTestId('room-note').filter({ hasText: 'ask for the runbook' }).waitFor();

    await host.getByText('Transcript: host').click();
    await host.getByLabel('Transcript lines (one per line)').fill('Thanks for joining, Dana. Tell me about a migration you led to Kubernetes.');
    await host.getByRole('button', { name: 'Add to transcript' }).click();
    await expect.poll(async () => host.getByLabel('Transcript lines (one per line)').inputValue()).toBe('');
    await host.getByText('Transcript: candidate').click();
    await host
      .getByLabel('Transcript lines (one per line)')
      .fill(
        'At Northwind Logistics I led the migration of the billing platform to Kubernetes.\nWe cut deployment time from two hours to fifteen minutes, and I wrote the runbooks the on-call team still uses.',
      );
    await host.getByRole('button', { name: 'Add to transcript' }).click();
    await host.locator('[data-testid="room-note"][data-source="ai"][data-kind="claim"]').first().waitFor();
    const claim = (await host.locator('[data-testid="room-note"][data-source="ai"][data-kind="claim"]').allTextContents()).join('\n');
    expect(claim).toContain('CV: “- Led the migration of the billing platform to Kubernetes');
    await host.screenshot({ path: screenshotPath('interview-room-host-live'), fullPage: true });

    // Never on the candidate's page, even after a reload.
    await candidate.reload();
    await candidate.getByTestId('room-notice').waitFor();
    const seen = (await candidate.locator('body').textContent()) ?? '';
    expect(seen).not.toContain('Claim to verify');
    expect(seen).not.toContain('runbook');
    expect(await candidate.getByTestId('room-note').count()).toBe(0);
  }, 240_000);

  it('the host ends; the review appears and fills the scorecard draft, which is saved only on confirm', async () => {
    await host.getByRole('button', { name: 'End interview' }).click();
    await host.getByTestId('room-review-summary').waitFor({ timeout: 60_000 });
    const draft = host.getByTestId('scorecard-draft');
    await draft.waitFor();
    const notes = await draft.getByLabel('Notes').inputValue();
    expect(notes).toContain('Kubernetes');
    expect(notes).toContain('Clear walkthrough of the rollout plan; ask for the runbook.');
    expect(await draft.getByLabel('Recommendation').inputValue()).not.toBe('');
    await host.screenshot({ path: screenshotPath('interview-room-review'), fullPage: true });
    const before = (await (await host.request.get(`/api/interviews/${interviewId}/scorecard`)).json()) as { scorecard: { submittedAt: string | null; notes: string } };
    expect(before.scorecard).toMatchObject({ submittedAt: null, notes: '' });
    await draft.getByRole('button', { name: 'Confirm and submit scorecard' }).click();
    await host.getByTestId('scorecard-confirmed').waitFor();
    const after = (await (await host.request.get(`/api/interviews/${interviewId}/scorecard`)).json()) as { scorecard: { submittedAt: string | null; notes: string } };
    expect(after.scorecard.submittedAt).not.toBeNull();
    expect(after.scorecard.notes).toBe(notes);

    await host.goto(`/hiring/interviews/${interviewId}/scorecard`);
    await host.getByTestId('scorecard-form').getByText('Submitted').waitFor();
    await host.screenshot({ path: screenshotPath('interview-scorecard'), fullPage: true });
  }, 240_000);

  it('logged no page errors', () => {
    expect(app.pageErrors).toEqual([]);
    expect(candidateErrors).toEqual([]);
  });
});

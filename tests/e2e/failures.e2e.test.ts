import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readResumeFixture } from '#tests/fixtures/hiring.ts';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

/** What a page shows when its requests fail: what failed and a way to try again, never an endless spinner. */
describeInBrowser('failures in the browser', () => {
  let app: ParleyInBrowser;
  let page: Page;
  let jobId = '';
  let candidateId = '';

  beforeAll(async () => {
    app = await openParleyInBrowser();
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('screens one CV to have a candidate to look at', async () => {
    await signUpInBrowser(page, { name: 'Fay Failure', email: 'fay@example.com', password: 'Things-Go-Wrong-42' });
    const headers = { origin: app.parley.url };
    const post = async (url: string, data: unknown) => {
      const response = await page.request.post(url, { headers, data });
      expect(response.status(), await response.text()).toBeLessThan(300);
      return (await response.json()) as { id: string };
    };
    const workspace = await post('/api/workspaces', { name: 'Fay hiring' });
    jobId = (await post(`/api/workspaces/${workspace.id}/jobs`, { title: 'Senior Accountant', description: 'Senior Accountant: month-end close, GAAP, reconciliations, Excel. 5+ years.' })).id;
    const upload = await page.request.post(`/api/jobs/${jobId}/batches`, {
      headers,
      multipart: { files: { name: 'accountant.pdf', mimeType: 'application/pdf', buffer: readResumeFixture('accountant.pdf') } },
    });
    expect(upload.status(), await upload.text()).toBe(202);
    const { id: batchId } = (await upload.json()) as { id: string };
    await page.goto(`/hiring/batches/${batchId}`);
    await page.getByTestId('batch-progress').filter({ hasText: '100 %' }).waitFor({ timeout: 90_000 });
    const candidates = (await (await page.request.get(`/api/jobs/${jobId}/candidates`)).json()) as { items: { id: string }[] };
    candidateId = candidates.items[0]!.id;
    expect(candidateId).toBeTruthy();
  });

  it('says what failed on the candidate page when the server answers 503 or cannot be reached, and recovers on Retry', async () => {
    const candidateApi = `**/api/candidates/${candidateId}`;
    await page.route(candidateApi, (route) => route.fulfill({ status: 503, contentType: 'text/html', body: '<html>Service Unavailable</html>' }));
    await page.goto(`/hiring/candidates/${candidateId}`);
    const failure = page.getByRole('alert').filter({ hasText: 'Could not load the candidate' });
    await failure.waitFor();
    expect(await failure.textContent()).toContain('The server answered 503');
    await expect(page.getByLabel('Loading').count()).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('failure-candidate-503') });

    await page.unroute(candidateApi);
    await page.route(candidateApi, (route) => route.abort('connectionrefused'));
    await failure.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not reach the Parley server' }).waitFor();

    await page.unroute(candidateApi);
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('tab', { name: 'Assessment' }).waitFor();
    await expect(page.getByRole('alert').filter({ hasText: 'Could not' }).count()).resolves.toBe(0);
  });

  it('refuses a picture in the CV drop zone before anything is uploaded', async () => {
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/batches')) uploads.push(request.url());
    });
    await page.goto(`/hiring/jobs/${jobId}?tab=uploads`);
    await page.locator('input[type="file"]').setInputFiles([
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') },
      { name: 'accountant.pdf', mimeType: 'application/pdf', buffer: readResumeFixture('accountant.pdf') },
    ]);
    await page.getByTestId('refused-files').waitFor();
    expect(await page.getByTestId('refused-files').textContent()).toBe('photo.png left out: only PDF, DOCX, TXT or ZIP files are accepted.');
    const chosen = (await page.getByTestId('chosen-files').textContent())!;
    expect(chosen).toContain('1 file chosen');
    expect(chosen).toContain('accountant.pdf');
    expect(chosen).not.toContain('photo.png');
    expect(uploads).toEqual([]);
  });

  it('ran without console errors but those of the failures it made', () => {
    expect(app.pageErrors.filter((message) => !/status of 503|ERR_CONNECTION_REFUSED|ERR_FAILED/.test(message))).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Batch } from '#shared/contracts/hiring.ts';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

/**
 * Issue 18: a page that lists many rows stays fast at 1,000. The batch page of a 1,000-CV upload draws a screenful of
 * its file table (virtualised, decision 057) and still reaches the last file by scrolling. The batch is the API's
 * answer as the browser receives it (served by the page's route): screening 1,000 CVs for real would take minutes.
 */
const fileCount = 1000;
const batchId = randomUUID();
const jobId = randomUUID();
const statuses = ['done', 'done', 'done', 'failed', 'duplicate'] as const;
const batch: Batch = {
  id: batchId,
  jobId,
  status: 'completed',
  total: fileCount,
  processed: fileCount,
  failed: fileCount / 5,
  duplicates: fileCount / 5,
  files: Array.from({ length: fileCount }, (_, index) => {
    const status = statuses[index % statuses.length]!;
    return {
      id: randomUUID(),
      name: `cv-${index + 1}.pdf`,
      status,
      ...(status === 'done' ? { candidateId: randomUUID(), score: (index * 37) % 101 } : {}),
      ...(status === 'failed' ? { error: 'The file is damaged or not a readable document.' } : {}),
    };
  }),
};

describeInBrowser('the file table of a 1,000-CV upload', () => {
  let app: ParleyInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openParleyInBrowser({ readyTimeoutMs: 280_000 });
    page = app.page;
    await signUpInBrowser(page, { name: 'Vera Virtual', email: 'vera@example.com', password: 'Thousand-Rows-2024' });
    await page.route(`**/api/batches/${batchId}*`, (route) => route.fulfill({ json: batch }));
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  const drawnRows = () => page.getByTestId('batch-files').locator('tbody tr[data-status]');

  it('draws a screenful of rows, not 1,000', async () => {
    await page.goto(`/hiring/batches/${batchId}`);
    await page.getByTestId('batch-progress').filter({ hasText: `${fileCount} of ${fileCount} files processed` }).waitFor();
    await drawnRows().first().waitFor();
    const drawn = await drawnRows().count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(80);
    expect(await drawnRows().first().textContent()).toContain('cv-1.pdf');
    expect(await page.getByText('cv-1000.pdf', { exact: true }).count()).toBe(0);
  });

  it('scrolls to the last file, still drawing only the rows in view', async () => {
    await page.getByTestId('batch-files-scroller').evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }));
    const last = drawnRows().filter({ hasText: 'cv-1000.pdf' });
    await last.waitFor();
    expect(await last.locator('td').first().textContent()).toBe('1000');
    expect(await drawnRows().count()).toBeLessThan(80);
    expect(await page.getByText('cv-1.pdf', { exact: true }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('batch-1000-files-end'), fullPage: true });
  });
});

import fs from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const user = { name: 'Bongani Dlamini', email: 'bongani.dlamini@example.com', password: 'Durban-Harbour-2031' };

describeInBrowser('analytics in the browser: a chart, its table and its CSV', () => {
  let app: ParleyInBrowser;

  beforeAll(async () => {
    app = await openParleyInBrowser();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("shows the administrator today's sign-up and practice session as a chart, a table and a CSV", async () => {
    const { page } = app;
    await signUpInBrowser(page, user);
    const started = await page.request.post('/api/practice/sessions', {
      data: { targetRole: 'Payroll Specialist', interviewType: 'behavioural', questionCount: 3, mode: 'text' },
      headers: { origin: app.parley.url },
    });
    expect(started.status(), await started.text()).toBe(201);
    const today = new Date().toISOString().slice(0, 10);

    await page.goto('/settings/admin/analytics');
    const card = page.getByTestId('analytics-activity-per-day');
    await card.locator('.recharts-wrapper').waitFor();
    await page.screenshot({ path: screenshotPath('admin-analytics-chart'), fullPage: true });
    await card.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByTestId('analytics-activity-per-day-table');
    const todayRow = table.getByRole('row').filter({ hasText: today });
    await todayRow.waitFor();
    // Day, active users (from the roll-up, run at start-up and hourly: 0 or 1 yet), sign-ups, practice sessions, CV batches.
    const cells = await todayRow.getByRole('cell').allTextContents();
    expect(cells[0]).toBe(today);
    expect(cells.slice(2)).toEqual(['1', '1', '0']);
    await page.screenshot({ path: screenshotPath('admin-analytics-table'), fullPage: true });

    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^activity-per-day-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await fs.readFile(await file.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe('Day,Active users,Sign-ups,Practice sessions,CV batches');
    expect(lines).toHaveLength(30 + 2); // the last 30 days, the headings, and the empty end after the last line end
    expect(lines.find((line) => line.startsWith(today))).toMatch(new RegExp(`^${today},[01],1,1,0$`));
  });

  it("shows the job seeker's practice per week in Settings → Insights", async () => {
    const { page } = app;
    await page.goto('/settings/insights');
    const card = page.getByTestId('analytics-practice-per-week');
    await card.locator('.recharts-wrapper').waitFor();
    await card.getByRole('tab', { name: 'Table' }).click();
    const rows = page.getByTestId('analytics-practice-per-week-table').getByRole('row');
    await rows.nth(1).waitFor();
    const cells = await rows.nth(1).getByRole('cell').allTextContents();
    // This week: one session, not completed, no answer yet.
    expect(cells.slice(1)).toEqual(['1', '0', '0']);
    await page.screenshot({ path: screenshotPath('insights'), fullPage: true });
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const user = { name: 'Amara Okafor', email: 'amara.okafor@example.com', password: 'Lagos-Lagoon-2031' };

describeInBrowser("AI usage, budgets and the administrator's overview in the browser", () => {
  let app: ParleyInBrowser;

  beforeAll(async () => {
    app = await openParleyInBrowser();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the calls a practice session made, as a table and a CSV, and keeps a monthly budget', async () => {
    const { page } = app;
    await signUpInBrowser(page, user);
    // A practice session asks the (offline) engine for its questions: that is an AI call booked to this user.
    const started = await page.request.post('/api/practice/sessions', {
      data: { targetRole: 'Payroll Specialist', interviewType: 'behavioural', questionCount: 3, mode: 'text' },
      headers: { origin: app.parley.url },
    });
    expect(started.status(), await started.text()).toBe(201);

    await page.goto('/settings/ai-usage');
    await page.getByTestId('usage-report').waitFor();
    const calls = page.getByTestId('usage-calls');
    await calls.waitFor();
    expect(Number((await calls.textContent())?.replaceAll(/\D/g, ''))).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Table' }).click();
    expect(await page.getByTestId('usage-table').textContent()).toContain('Offline engine');
    expect(await page.getByTestId('usage-latency').first().textContent()).toMatch(/^[\d,]+ \/ [\d,]+ ms$/);
    expect(await page.getByTestId('latency-table').textContent()).toMatch(/Offline engine\d+[\d,]* ms[\d,]+ ms/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^ai-usage-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);

    await page.getByLabel('Tokens per month').fill('50000');
    await page.getByRole('button', { name: 'Save budget' }).click();
    const standing = page.getByTestId('budget-standing');
    await standing.waitFor();
    expect(await standing.textContent()).toContain('of 50,000');
    await page.reload();
    await page.getByTestId('budget-standing').waitFor();
    await page.screenshot({ path: screenshotPath('ai-usage'), fullPage: true });

    await page.getByLabel('Tokens per month').fill('');
    await page.getByRole('button', { name: 'Remove budget' }).click();
    await page.getByText('No budget: calls are not limited.').waitFor();
  });

  it('keeps a monthly budget on one stored key, shown on its row of the API keys page', async () => {
    const { page } = app;
    await page.goto('/settings/keys');
    const openAi = page.getByTestId('key-card-openai');
    await openAi.getByRole('button', { name: 'Add key' }).click();
    await openAi.getByLabel('API key').fill('sk-e2e-budget-key-1234');
    await openAi.getByRole('button', { name: 'Save key' }).click();
    await openAi.getByText('No budget: calls are not limited.').waitFor();
    // Keys that pay no LLM call (speech, rooms) have no budget.
    expect(await page.getByTestId('key-card-deepgram').getByTestId('budget-card').count()).toBe(0);

    await openAi.getByLabel('US dollars per month').fill('12.5');
    await openAi.getByRole('button', { name: 'Save budget' }).click();
    const standing = openAi.getByTestId('budget-standing');
    await standing.waitFor();
    expect(await standing.textContent()).toContain('of $12.50');
    await page.reload();
    await page.getByTestId('key-card-openai').getByTestId('budget-standing').waitFor();
    expect(await page.getByTestId('key-card-openai').getByTestId('budget-standing').textContent()).toContain('of $12.50');
    // The key's budget is its own: the budget of all the user's keys stays removed.
    await page.goto('/settings/ai-usage');
    await page.getByText('No budget: calls are not limited.').waitFor();
    await page.goto('/settings/keys');
    await page.getByTestId('key-card-openai').getByTestId('budget-standing').waitFor();
    await page.screenshot({ path: screenshotPath('key-budget'), fullPage: true });
  });

  it("shows the first account, the administrator, the installation's overview and every AI call", async () => {
    const { page } = app;
    await page.getByRole('button', { name: `Account menu for ${user.name}` }).click();
    await page.getByRole('menuitem', { name: 'Administration' }).click();
    await page.waitForURL('**/settings/admin/overview');
    const database = page.getByTestId('overview-database');
    await database.waitFor();
    expect(await database.textContent()).toContain('Embedded');
    expect(await page.getByTestId('overview-mail').textContent()).toContain('Not configured');
    expect(await page.getByTestId('overview-ai-providers').textContent()).toContain('Offline engine');
    expect(await page.getByTestId('overview-people').textContent()).toContain('1 account');
    await page.getByTestId('failed-jobs').getByText('No failed jobs.').waitFor();
    await page.getByTestId('retention-kind').first().waitFor();
    expect(await page.getByTestId('retention-kind').count()).toBe(4);
    await page.screenshot({ path: screenshotPath('admin-overview'), fullPage: true });

    await page.getByTestId('overview-ai-providers').getByRole('link', { name: 'AI usage' }).click();
    await page.waitForURL('**/settings/admin/usage');
    const calls = page.getByTestId('usage-calls');
    await calls.waitFor();
    expect(Number((await calls.textContent())?.replaceAll(/\D/g, ''))).toBeGreaterThan(0);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});

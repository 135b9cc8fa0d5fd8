import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { invoicingStory, targetPostings } from '#tests/fixtures/career-stories.ts';
import type { Conversation } from '#shared/contracts/career-stories.ts';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { chooseCvFile } from './support/cv-upload.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const user = { name: 'Maya Lindqvist', email: 'maya.stories@example.com', password: 'Career-Stories-2026' };

describeInBrowser('career stories and skill gaps in the browser', () => {
  let app: ParleyInBrowser;
  let page: Page;

  beforeAll(async () => {
    // On a loaded machine the server is slow to start.
    app = await openParleyInBrowser({ readyTimeoutMs: 400_000 });
    page = app.page;
    app.context.setDefaultTimeout(60_000);
    app.context.setDefaultNavigationTimeout(90_000);
    await signUpInBrowser(page, user);
  }, 460_000);
  afterAll(async () => {
    await app?.close();
  });

  /** The API as the signed-in page calls it (same cookies, same origin). */
  const api = {
    get: async <T>(path: string) => (await page.request.get(path)).json() as Promise<T>,
    post: async <T>(path: string, data: unknown) => {
      const response = await page.request.post(path, { data, headers: { origin: app.parley.url } });
      expect(response.status(), await response.text()).toBeLessThan(300);
      return (await response.json()) as T;
    },
  };

  it('imports the CV into the library, reviewing one section', async () => {
    await page.goto('/onboarding');
    await chooseCvFile(page, 'data-analyst.pdf');
    // Reading the CV takes a while on a loaded machine.
    await page.getByTestId('profile-full-name').waitFor({ timeout: 180_000 });
    await page.getByTestId('profile-save').click();
    await page.getByTestId('onboarding-done').waitFor();

    await page.goto('/career');
    await page.getByRole('button', { name: 'Import from my CV' }).click();
    const dialog = page.getByRole('dialog');
    const skills = dialog.getByTestId('import-section-skills');
    await skills.waitFor({ timeout: 60_000 });
    // The skills section is reviewed: all skipped but the first, which is renamed.
    await skills.getByRole('button', { name: 'Skip all skills' }).click();
    const firstSkill = skills.getByRole('checkbox').first();
    await firstSkill.check();
    await skills.getByLabel('Skill', { exact: true }).first().fill('SQL (advanced queries)');
    await page.screenshot({ path: screenshotPath('career-import-review'), fullPage: true });
    await dialog.getByRole('button', { name: /^Save \d+ kept/ }).click();
    await dialog.getByText(/Saved \d+ employment/).waitFor({ timeout: 60_000 });
    expect(await dialog.textContent()).toContain('and 1 skills');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('tab', { name: 'Skills' }).click();
    await page.getByRole('link', { name: 'SQL (advanced queries)' }).first().waitFor();
  }, 300_000);

  it('tells the assistant a story and saves the experience it proposes', async () => {
    await page.goto('/career/conversations');
    await page.getByLabel('What do you want to talk about?').fill('Moving our invoicing to NetSuite');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.waitForURL('**/career/conversations/*');
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    for (let turn = 0; turn < 10; turn += 1) {
      const conversation = await api.get<Conversation>(`/api/career/conversations/${id}`);
      if (conversation.status !== 'active') break;
      const asks = conversation.messages.at(-1)?.asks;
      await page.getByLabel('Your answer').fill((asks && invoicingStory[asks]) ?? 'Nothing more to add.');
      await page.getByRole('button', { name: 'Send' }).click();
      await expect.poll(() => page.getByTestId('message-user').count(), { timeout: 60_000 }).toBe(conversation.messages.filter((message) => message.role === 'user').length + 1);
      await expect.poll(() => page.getByTestId('message-streaming').count(), { timeout: 60_000 }).toBe(0);
    }
    const proposal = page.getByTestId('story-proposal');
    await proposal.waitFor();
    expect(await proposal.getByLabel('Description').inputValue()).toContain('4 days');
    await proposal.getByLabel('Title').fill('Moved invoicing to NetSuite');
    await page.screenshot({ path: screenshotPath('career-story'), fullPage: true });
    await proposal.getByRole('button', { name: 'Save to my library' }).click();
    await page.getByText('This story is in your library.').waitFor();
    await page.goto('/career?tab=experiences');
    await page.getByTestId('experience-row').filter({ hasText: 'Moved invoicing to NetSuite' }).waitFor();
  }, 300_000);

  it('marks two postings as targets, runs a skill-gap analysis and starts a practice interview from a gap', async () => {
    for (const text of targetPostings) await api.post('/api/career/job-postings', { text });
    await page.goto('/career/gaps');
    const switches = page.getByRole('switch');
    await expect.poll(() => switches.count(), { timeout: 60_000 }).toBe(2);
    // The switch shows the saved state, so it turns on once the server has marked the posting.
    await switches.nth(0).click({ force: true });
    await page.getByText('1 target', { exact: true }).waitFor();
    await switches.nth(1).click({ force: true });
    await page.getByText('2 targets', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Analyse my skill gaps' }).click();
    const table = page.getByTestId('skill-gaps-table');
    await table.waitFor({ timeout: 60_000 });
    expect(await table.textContent()).toContain('Tableau');
    await page.screenshot({ path: screenshotPath('career-skill-gaps'), fullPage: true });

    await page.goto('/career?tab=overview');
    await page.getByTestId('career-top-gaps').getByText('Tableau', { exact: false }).first().waitFor();
    await page.screenshot({ path: screenshotPath('career-overview'), fullPage: true });

    await page.goto('/career/gaps');
    await page.getByRole('link', { name: 'Practise Tableau' }).click();
    await page.waitForURL('**/practice/new?skill=Tableau');
    await page.getByLabel('Number of questions').fill('3');
    expect(await page.locator('form').textContent()).toContain('Tableau');
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await page.waitForURL('**/practice/sessions/*');
    await page.screenshot({ path: screenshotPath('career-practice-from-gap'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  }, 300_000);
});

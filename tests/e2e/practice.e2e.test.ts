import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { uploadCvForOnboarding } from './support/cv-upload.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const user = { name: 'Priya Practice', email: 'priya@example.com', password: 'Practice-Makes-Better-7' };

/** Concrete situations, the speaker's own actions, numbers and results: the report has something to quote. */
const answers = [
  'I am a data analyst with five years of experience in retail analytics. At Walgreens I built Tableau dashboards that 900 store managers used every week, and I wrote SQL pipelines in Snowflake that replaced 30 manual Excel reports. I want a role where my analysis drives real decisions.',
  'Last spring our regional managers kept running out of seasonal stock before holidays. I was asked to find out why within three weeks. I pulled two years of sales data with SQL, built a demand forecast in Python and presented it to the planning team. Stock-outs dropped by 12% the next season and the forecast became part of the monthly planning meeting.',
  'When two directors asked for conflicting revenue numbers in the same dashboard, I met both of them and traced the difference to returns being counted twice in one report. I documented one shared definition, rebuilt the revenue model in dbt and added tests. As a result, the monthly reconciliation fell from two days to three hours, and finance now uses that model for the quarterly board pack.',
];

describeInBrowser('practice interviews in the browser', () => {
  let app: ParleyInBrowser;
  let page: Page;
  let reportUrl = '';

  beforeAll(async () => {
    app = await openParleyInBrowser();
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  /** The candidate's saved turns (not the answer shown while it is being sent). */
  const candidateTurns = () => page.getByTestId('conversation').locator('[data-testid="turn-candidate"]:not([data-unsaved])');

  it('asks a new user to set up a profile first, and onboards them with their PDF CV', async () => {
    await signUpInBrowser(page, user);

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
    await page.waitForURL('**/practice');
    await page.getByTestId('onboarding-callout').getByRole('link', { name: 'Set up my profile' }).click();
    await page.waitForURL('**/onboarding?next=%2Fpractice');
    await uploadCvForOnboarding(page, 'data-analyst.pdf');
    expect(await page.getByTestId('profile-full-name').inputValue()).not.toBe('');
    await page.getByTestId('profile-save').click();

    await page.waitForURL('**/practice');
    await page.getByRole('heading', { name: 'Your practice interviews' }).waitFor();
    await page.getByText('No practice interviews yet.', { exact: false }).waitFor();
    await expect(page.getByTestId('onboarding-callout').count()).resolves.toBe(0);
  });

  it('sets up a three-question text interview, prefilled from the profile', async () => {
    await page.getByRole('link', { name: 'New practice interview' }).click();
    await page.waitForURL('**/practice/new');
    const role = page.getByLabel('Target role');
    await role.waitFor();
    expect(await role.inputValue()).toBe('Data Analyst');
    await page.getByLabel('Name', { exact: true }).fill('Analyst behavioural round');
    await page.getByLabel('Number of questions').fill('3');
    await page.getByTestId('voice-mode-note').getByText('Speaking is off', { exact: false }).waitFor();
    await expect(page.getByRole('radio', { name: 'Speaking' }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('practice-setup'), fullPage: true });
    await page.getByRole('button', { name: 'Start the interview' }).click();

    await page.waitForURL(/\/practice\/sessions\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Analyst behavioural round' }).waitFor();
    await page.getByTestId('current-question-text').waitFor();
    expect(await page.getByTestId('conversation').getByTestId('turn-interviewer').first().textContent()).toMatch(/welcome/i);
    expect(await page.getByTestId('current-question').textContent()).toContain('Question 1 of 3');
  });

  it('answers with Ctrl+Enter and the send button, streaming the replies, and resumes the conversation after a reload', async () => {
    const routes: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.method() === 'POST' && /\/answers(\/stream)?$/.test(pathname)) routes.push(pathname.endsWith('/stream') ? 'stream' : 'plain');
    });
    const answer = async (text: string, submit: 'keyboard' | 'button') => {
      const input = page.getByTestId('answer-input');
      await input.fill(text);
      if (submit === 'keyboard') await input.press('Control+Enter');
      else await page.getByRole('button', { name: 'Send answer' }).click();
    };

    await answer(answers[0]!, 'keyboard');
    await page.getByTestId('current-question').getByText('Question 2 of 3').waitFor();
    await candidateTurns().first().waitFor();
    const question = await page.getByTestId('current-question-text').textContent();

    await page.reload();
    await page.getByTestId('current-question-text').waitFor();
    expect(await page.getByTestId('current-question-text').textContent()).toBe(question);
    expect(await candidateTurns().allTextContents()).toEqual([expect.stringContaining(answers[0]!)]);
    expect(await page.getByTestId('conversation').getByTestId('turn-interviewer').count()).toBe(2);

    // The stream breaks once: the answer still goes through, by the plain route.
    await page.route('**/answers/stream', (route) => route.abort('connectionreset'), { times: 1 });
    await answer(answers[1]!, 'button');
    await page.getByTestId('current-question').getByText('Question 3 of 3').waitFor();
    await expect(candidateTurns().count()).resolves.toBe(2);
    await page.screenshot({ path: screenshotPath('practice-room') });

    // The last answer completes the interview, and the room hands over to the report.
    await answer(answers[2]!, 'keyboard');
    await page.waitForURL('**/report');
    reportUrl = page.url();
    expect(routes).toEqual(['stream', 'stream', 'plain', 'stream']);
  });

  it('shows the feedback report: a rating, strengths quoting the answers, and the competency radar', async () => {
    const rating = page.getByTestId('report-rating');
    await rating.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('report-rating-word').textContent()).toMatch(/Needs improvement|Developing|Good|Strong|Excellent/);
    expect(Number(await page.getByTestId('report-score').textContent())).toBeGreaterThanOrEqual(0);

    const quotes = await page.getByTestId('report-strengths').getByTestId('quote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((quote) => answers.some((answer) => answer.includes(quote.trim())))).toBe(true);

    // A radar needs five competencies to show a shape; with fewer, each is a bar.
    const competencies = await page.evaluate(async (url) => {
      const sessionId = new URL(url).pathname.split('/').at(-2);
      return ((await (await fetch(`/api/practice/sessions/${sessionId}/report`)).json()) as { competencies: unknown[] }).competencies.length;
    }, reportUrl);
    if (competencies >= 5) {
      const radar = page.getByTestId('competency-radar');
      await radar.locator('svg').first().waitFor();
      await expect(radar.locator('svg polygon, svg path').count()).resolves.toBeGreaterThan(0);
    } else {
      await expect(page.getByTestId('competency-radar').count()).resolves.toBe(0);
      await expect(page.getByTestId('competency-bars').getByRole('progressbar').count()).resolves.toBe(competencies);
    }
    await expect(page.getByTestId('question-detail').count()).resolves.toBe(3);
    await page.screenshot({ path: screenshotPath('practice-report'), fullPage: true });
  });

  it('lays the report out without large empty blocks beside short cards', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const boxes = await page.getByTestId('report-columns').evaluate((columns) =>
      [...columns.children].map((card) => {
        const box = card.getBoundingClientRect();
        const content = card.firstElementChild?.getBoundingClientRect();
        return { left: Math.round(box.left), top: box.top, bottom: box.bottom, emptyInside: content ? box.bottom - content.bottom : 0 };
      }),
    );
    expect(new Set(boxes.map((box) => box.left)).size).toBe(2);
    for (const box of boxes) {
      // No card is stretched to a neighbour's height (its content fills it, padding aside) ...
      expect(box.emptyInside).toBeLessThan(48);
      // ... and the next card of the same column follows it closely.
      const below = boxes.filter((other) => other.left === box.left && other.top > box.top).sort((a, b) => a.top - b.top)[0];
      if (below) expect(below.top - box.bottom).toBeLessThan(48);
    }
  });

  it('prints the report without banner, buttons or navigation, in a few pages', async () => {
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [page.getByRole('button', { name: 'Print / Save as PDF' }), page.getByRole('link', { name: 'Practise again' }), page.getByRole('navigation', { name: 'Main' }), page.locator('header').first(), page.getByText('Skip to content')]) {
      expect(await hidden.isVisible()).toBe(false);
    }
    await expect(page.locator('[data-practice-report] button:visible').count()).resolves.toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(5);
    await page.emulateMedia({ media: 'screen' });
  });

  it('offers a skip link to the page content as the first stop of the keyboard', async () => {
    await page.reload();
    await page.getByTestId('practice-report').waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
    expect(focused).toEqual({ text: 'Skip to content', href: '#main-content' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('retries a question and shows the new evaluation beside the previous one', async () => {
    const first = page.getByTestId('question-detail').first();
    await first.getByRole('button', { name: 'Retry this question' }).click();
    await first.getByLabel('Your new answer').fill(`${answers[0]!} Most recently I cut the weekly reporting time from six hours to forty minutes by automating it.`);
    await first.getByRole('button', { name: 'Evaluate my new answer' }).click();
    const comparison = first.getByTestId('attempt-comparison');
    await comparison.waitFor();
    await expect(comparison.getByTestId('answer-attempt').count()).resolves.toBe(2);
    await expect(comparison.getByTestId('attempt-overall').count()).resolves.toBe(2);
  });

  it('lists the interview with its score in the history, with the progress chart', async () => {
    await page.goto('/practice');
    const row = page.getByTestId('practice-session-row').filter({ hasText: 'Analyst behavioural round' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/\d+ \/ 100/);
    await page.getByTestId('progress-chart').locator('svg').first().waitFor();
    await row.getByRole('link', { name: 'Analyst behavioural round' }).click();
    await page.waitForURL(reportUrl);
  });

  it('ran without page errors', () => {
    // The one broken answer stream is the test's own doing.
    expect(app.pageErrors.filter((message) => !/status of 4\d\d|ERR_CONNECTION_RESET/.test(message))).toEqual([]);
  });
});

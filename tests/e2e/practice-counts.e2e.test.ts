import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser } from './support/browser.ts';
import { uploadCvForOnboarding } from './support/cv-upload.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

/** Short, vague answers: each one draws a follow-up, so the interview has more turns than questions. */
const vague = ['I did my best and it went fine.', 'I worked with the team and we were good.', 'I like numbers.', 'Yes we did it.', 'Ok.', 'That is all.', 'Fine.', 'Sure.'];

describeInBrowser('practice counts and names in the browser', () => {
  let app: ParleyInBrowser;
  let page: Page;
  let suggestedType = '';

  beforeAll(async () => {
    app = await openParleyInBrowser();
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('starts the new interview form on the type the suggestion card proposes', async () => {
    await signUpInBrowser(page, { name: 'Carl Counter', email: 'carl@example.com', password: 'Counting-Is-Hard-3' });
    await page.goto('/onboarding');
    await uploadCvForOnboarding(page, 'accountant.pdf');
    await page.getByTestId('profile-save').click();
    await page.goto('/practice');
    const card = page.getByTestId('next-suggestion');
    await card.waitFor();
    const title = (await card.getByRole('heading').textContent())!;
    suggestedType = title.split(' interview')[0]!;
    expect(suggestedType).not.toBe('Behavioural');

    await page.getByRole('link', { name: 'New practice interview' }).click();
    await page.waitForURL('**/practice/new');
    // Mantine fills the shown text of a select after its first render: poll rather than read it once.
    await expect.poll(() => page.getByRole('combobox', { name: 'Interview type' }).inputValue()).toBe(suggestedType);
  });

  it('counts answered planned questions in the stepper, names the session after its role, type and day, and reports 3 of 3 with the follow-ups apart', async () => {
    await page.getByLabel('Number of questions').fill('3');
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await page.waitForURL(/\/practice\/sessions\/[0-9a-f-]{36}$/);
    await page.getByTestId('current-question-text').waitFor();
    const name = (await page.getByRole('heading', { level: 2 }).first().textContent())!;
    expect(name).toMatch(new RegExp(`^.+ · ${suggestedType} · \\d{1,2} [A-Z][a-z]{2} \\d{4}$`));
    const stepper = (await page.getByTestId('stage-stepper').textContent())!;
    expect(stepper).not.toMatch(/\b1\/1\b/);
    expect(stepper).toMatch(/0\/\d answered/);

    for (let turn = 0; turn < 10 && !page.url().endsWith('/report'); turn += 1) {
      const before = await page.getByTestId('conversation').locator('[data-testid="turn-interviewer"]').count();
      await page.getByTestId('answer-input').fill(vague[turn % vague.length]!);
      await page.getByTestId('answer-input').press('Control+Enter');
      await Promise.race([
        page.waitForURL('**/report'),
        // The next question has come once a new interviewer turn shows and the answer box is open again; the closing
        // turn also adds one, but the box stays shut until the report opens.
        page.waitForFunction(
          (count) =>
            document.querySelectorAll('[data-testid="turn-interviewer"]').length > count &&
            !document.querySelector<HTMLTextAreaElement>('[data-testid="answer-input"]')?.disabled,
          before,
        ),
      ]);
    }
    await page.waitForURL('**/report');
    await page.getByTestId('report-rating').waitFor({ timeout: 60_000 });
    const report = (await page.getByTestId('practice-report').textContent())!;
    expect(report).toMatch(/You answered 3 of 3 questions and \d+ follow-ups?;/);
  });

  it('gives a second session of the same kind on the same day its own name', async () => {
    const first = (await page.getByRole('heading', { level: 2 }).first().textContent())!.replace(/^Feedback: /, '');
    const response = await page.request.post('/api/practice/sessions', {
      headers: { origin: app.parley.url },
      data: { targetRole: first.split(' · ')[0], interviewType: first.split(' · ')[1]!.toLowerCase().replace(/ /g, '_'), questionCount: 1 },
    });
    expect(response.status(), await response.text()).toBe(201);
    expect(((await response.json()) as { name: string }).name).toBe(`${first} (2)`);
    await page.goto('/practice');
    await page.getByTestId('practice-session-row').filter({ hasText: `${first} (2)` }).waitFor();
    await expect(page.getByTestId('practice-session-row').count()).resolves.toBe(2);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});

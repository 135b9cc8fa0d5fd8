import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fliteAnswer, fliteAnswerPath, runOfflineSpeech } from '#tests/support/offline-speech.ts';
import { wordsOf } from '#tests/support/word-error-rate.ts';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const user = { name: 'Olu Offline', email: 'olu@example.com', password: 'No-Keys-At-All-42' };
// Offline transcription of a 10 s answer takes seconds on an idle machine and much longer on a loaded one.
const transcribing = 300_000;

// No speech-to-text key anywhere: the answer is transcribed by pocketsphinx on the server, for real.
describeInBrowser('a spoken practice answer with no key: the offline rough draft', () => {
  let app: ParleyInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openParleyInBrowser({
      // The offline engine runs beside the server; on a loaded machine the server itself is slow to start.
      readyTimeoutMs: 600_000,
      launchArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${fliteAnswerPath('answer.wav')}`],
    });
    page = app.page;
  }, 660_000);

  afterAll(async () => {
    await app?.close();
  });

  it.runIf(runOfflineSpeech)('offers the offline rough draft when there is no key, and starts a voice interview with it', async () => {
    await signUpInBrowser(page, user);
    await page.goto('/practice/new');
    await page.getByTestId('voice-mode-note').getByText('Or switch on the offline rough draft', { exact: false }).waitFor();
    await expect(page.getByRole('radio', { name: 'Speaking' }).isDisabled()).resolves.toBe(true);
    // Mantine's switch input lies over its label: toggle it from the keyboard, as the interviewer-voice test does.
    await page.getByRole('switch', { name: 'Offline rough draft (no key)' }).focus();
    await page.keyboard.press('Space');
    await page.getByTestId('voice-mode-note').getByText('an offline rough draft transcribes it', { exact: false }).waitFor();
    await page.getByLabel('Target role').fill('Engineering Manager');
    await page.getByLabel('Number of questions').fill('3');
    await page.getByText('Speaking', { exact: true }).click();
    await expect(page.getByRole('radio', { name: 'Speaking' }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await page.waitForURL(/\/practice\/sessions\/[0-9a-f-]{36}$/);
    await page.getByTestId('voice-recorder').waitFor();
  });

  it.runIf(runOfflineSpeech)('transcribes the recording offline, marks unsure words, and sends the corrected answer', { timeout: transcribing + 60_000 }, async () => {
    await page.getByRole('button', { name: 'Record answer' }).click();
    await page.getByLabel('Recording time').filter({ hasText: '0:10' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByTestId('rough-draft-words').waitFor({ timeout: transcribing });
    await page.screenshot({ path: screenshotPath('practice-voice-offline-draft') });

    const draft = await page.getByTestId('answer-input').inputValue();
    const heard = new Set(wordsOf(draft));
    const spoken = [...new Set(wordsOf(fliteAnswer.text))];
    // Chromium's fake microphone loops the file from wherever it was when recording began: most words, not all, in order.
    expect(spoken.filter((word) => heard.has(word)).length / spoken.length, draft).toBeGreaterThanOrEqual(0.5);
    await page.getByText('An offline rough draft of your recording', { exact: false }).waitFor();

    await page.getByTestId('answer-input').fill(fliteAnswer.text);
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.getByTestId('answered-count').filter({ hasText: '1 of 3 answered' }).waitFor();
  });

  it.runIf(runOfflineSpeech)('ends the interview, and the report marks the spoken answer and its delivery as estimated', async () => {
    await page.getByRole('button', { name: 'End interview' }).click();
    await page.getByRole('dialog', { name: 'End the interview now?' }).getByRole('button', { name: 'End interview' }).click();
    await page.waitForURL('**/report');
    await page.getByTestId('report-rating').waitFor({ timeout: 60_000 });
    const attempt = page.getByTestId('question-detail').first().getByTestId('answer-attempt');
    expect(await attempt.textContent()).toContain('spoken (offline rough draft)');
    expect(await attempt.getByTestId('attempt-metrics').textContent()).toMatch(/Pace: \d+ words\/min \(estimated\)/);
    await page.getByTestId('delivery-estimated').waitFor();
    expect(await page.getByTestId('report-delivery').textContent()).toContain('Pace (estimated)');
    await page.screenshot({ path: screenshotPath('practice-voice-offline-report') });
  });

  it('ran without page errors', () => {
    expect(app.pageErrors.filter((message) => !/status of 4\d\d/.test(message))).toEqual([]);
  });
});

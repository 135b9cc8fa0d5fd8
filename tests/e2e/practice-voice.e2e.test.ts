import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spokenAnswer } from '#tests/support/audio-fixtures.ts';
import type { KnownRecording } from '#tests/support/fake-llm/fake-recordings.ts';
import { startFakeDeepgram, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const user = { name: 'Vic Voice', email: 'vic@example.com', password: 'Speak-Up-Clearly-42' };
const deepgramKey = 'dg-e2e-server-key';
/** Chromium's fake microphone plays the committed spoken answer into getUserMedia. */
const microphone = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/audio/answer.wav');

type Upload = { questionId: string; type: string; bytes: Buffer };

describeInBrowser('a spoken practice interview in the browser', () => {
  let deepgram: FakeServer;
  let app: ParleyInBrowser;
  let page: Page;
  const uploads: Upload[] = [];
  /** What the fake Deepgram hears: the browser's own recording, registered as it goes over the wire. */
  const heard: Record<string, KnownRecording> = {};

  beforeAll(async () => {
    deepgram = await startFakeDeepgram({ apiKey: deepgramKey, recordings: heard });
    app = await openParleyInBrowser({
      parleyEnv: { DEEPGRAM_API_KEY: deepgramKey, STT_BASE_URL: deepgram.baseUrl.replace(/\/v1$/, '') },
      launchArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${microphone}`],
    });
    page = app.page;
    await page.route('**/answers/audio', async (route) => {
      const request = route.request();
      const contentType = (await request.headerValue('content-type')) ?? '';
      const form = await new Request('http://parley.test/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(request.postDataBuffer() ?? []) }).formData();
      const audio = form.get('audio') as File;
      const bytes = Buffer.from(await audio.arrayBuffer());
      uploads.push({ questionId: form.get('questionId') as string, type: audio.type, bytes });
      heard[createHash('sha256').update(bytes).digest('hex')] = { text: spokenAnswer.text, seconds: spokenAnswer.seconds };
      await route.continue();
    });
  });

  afterAll(async () => {
    await app?.close();
    await deepgram?.close();
  });

  it('offers speaking when the server has a speech-to-text key, and starts a voice interview', async () => {
    await signUpInBrowser(page, user);

    await page.goto('/practice/new');
    await page.getByTestId('voice-mode-note').getByText('Record each answer', { exact: false }).waitFor();
    await page.getByLabel('Target role').fill('Backend Engineer');
    await page.getByRole('combobox', { name: 'Interview type' }).click();
    await page.getByRole('option', { name: 'Mixed' }).click();
    await page.getByLabel('Number of questions').fill('3');
    await page.getByText('Speaking', { exact: true }).click();
    await expect(page.getByRole('radio', { name: 'Speaking' }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await page.waitForURL(/\/practice\/sessions\/[0-9a-f-]{36}$/);
    await page.getByTestId('voice-recorder').waitFor();
  });

  it('remembers muting the interviewer\'s voice across a reload', async () => {
    const voice = page.getByRole('switch', { name: 'Read questions aloud' });
    await expect(voice.isChecked()).resolves.toBe(true);
    await voice.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => localStorage.getItem('parley-practice-muted') === 'true');
    await expect(voice.isChecked()).resolves.toBe(false);
    await page.reload();
    await page.getByTestId('voice-recorder').waitFor();
    await expect(page.getByRole('switch', { name: 'Read questions aloud' }).isChecked()).resolves.toBe(false);
  });

  it('records an answer, shows the transcript for correction, and submits it as a spoken answer', async () => {
    await page.getByRole('button', { name: 'Record answer' }).click();
    await page.getByLabel('Recording time').filter({ hasText: '0:02' }).waitFor();
    await page.screenshot({ path: screenshotPath('practice-voice-recording') });
    await page.getByRole('button', { name: 'Stop recording' }).click();

    const input = page.getByTestId('answer-input');
    await page.waitForFunction((text) => document.querySelector<HTMLTextAreaElement>('[data-testid="answer-input"]')?.value === text, spokenAnswer.text);
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.type).toMatch(/^audio\/webm/);
    expect(uploads[0]!.bytes.readUInt32BE(0)).toBe(0x1a45dfa3);
    const state = await page.evaluate(async (url) => (await fetch(url)).json() as Promise<{ currentQuestion: { id: string } }>, `/api${new URL(page.url()).pathname}`);
    expect(uploads[0]!.questionId).toBe(state.currentQuestion.id);

    const corrected = `${spokenAnswer.text} I owned the migration and wrote the runbook for the on-call team.`;
    await input.fill(corrected);
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.getByTestId('answered-count').filter({ hasText: '1 of 3 answered' }).waitFor();
    await page.getByTestId('conversation').getByTestId('turn-candidate').filter({ hasText: 'I owned the migration' }).waitFor();
  });

  it('skips a stage: the conversation notes it and the stepper marks it skipped', async () => {
    const stepper = page.getByTestId('stage-stepper');
    const skipped = await page.getByTestId('current-question').locator('.mantine-Badge-root').first().textContent();
    await page.getByRole('button', { name: 'Skip this stage' }).click();
    await page.getByTestId('turn-system').filter({ hasText: `You skipped the ${skipped!.toLowerCase()} stage.` }).waitFor();
    await stepper.getByText('Skipped').waitFor();
    await page.getByTestId('current-question-text').waitFor();
  });

  it('ends the interview after confirming, and the report shows the answer as spoken with its pace', async () => {
    await page.getByRole('button', { name: 'End interview' }).click();
    await page.getByRole('dialog', { name: 'End the interview now?' }).getByRole('button', { name: 'End interview' }).click();
    await page.waitForURL('**/report');
    await page.getByTestId('report-rating').waitFor({ timeout: 60_000 });
    const attempt = page.getByTestId('question-detail').first().getByTestId('answer-attempt');
    expect(await attempt.textContent()).toContain('spoken');
    expect(await attempt.getByTestId('attempt-metrics').textContent()).toMatch(/Pace: \d+ words\/min/);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors.filter((message) => !/status of 4\d\d/.test(message))).toEqual([]);
  });
});

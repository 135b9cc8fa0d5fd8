import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fliteAnswer, fliteAnswerPath, runOfflineSpeech } from '#tests/support/offline-speech.ts';
import { wordsOf } from '#tests/support/word-error-rate.ts';
import { collectPageErrors, describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const host = { name: 'Hana Host', email: 'hana@example.com', password: 'Speak-Up-Please-77' };
// Offline transcription of a segment takes seconds on an idle machine and much longer on a loaded one.
const transcribing = 300_000;

/** Mantine's switch input lies over its label: toggle it from the keyboard, as the practice voice tests do. */
async function toggle(page: Page, name: string) {
  await page.getByRole('switch', { name }).focus();
  await page.keyboard.press('Space');
}

// No key anywhere, STT_PROVIDER=offline: the host's spoken sentence (Chromium's fake microphone playing a flite
// recording) is transcribed by pocketsphinx on the server and shows as a rough line in the host's transcript.
describeInBrowser('speech-to-text in the live room, offline', () => {
  let app: ParleyInBrowser;
  let page: Page;
  let candidateContext: BrowserContext;
  let candidate: Page;
  let candidateErrors: string[] = [];
  let interviewId = '';
  let candidateUrl = '';

  beforeAll(async () => {
    app = await openParleyInBrowser({
      // One job at a time, given minutes: on a loaded machine a segment can take far longer than the 60 s default.
      parleyEnv: { STT_PROVIDER: 'offline', STT_OFFLINE_CONCURRENCY: '1', STT_TIMEOUT_MS: '280000' },
      readyTimeoutMs: 600_000,
      launchArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${fliteAnswerPath('answer.wav')}`],
    });
    page = app.page;
    // The offline engine shares the machine with the server and the browser: pages load slowly while it decodes.
    page.setDefaultTimeout(60_000);
    candidateContext = await app.browser.newContext({ baseURL: app.parley.url, colorScheme: 'light' });
    candidateContext.setDefaultTimeout(60_000);
    candidate = await candidateContext.newPage();
    candidateErrors = collectPageErrors(candidate);
  }, 660_000);
  afterAll(async () => {
    await candidateContext?.close();
    await app?.close();
  });

  it.runIf(runOfflineSpeech)('books an interview and the candidate accepts the notice', async () => {
    await signUpInBrowser(page, host);
    const headers = { origin: app.parley.url };
    const workspace = await page.request.post('/api/workspaces', { headers, data: { name: 'Quiet hiring' } });
    const workspaceId = ((await workspace.json()) as { id: string }).id;
    const booked = await page.request.post(`/api/workspaces/${workspaceId}/interviews`, {
      headers,
      data: {
        candidateName: 'Dana Whitfield',
        candidateEmail: 'dana.whitfield@example.org',
        startsAt: new Date(Date.now() + 3_600_000).toISOString().slice(0, 16),
        timeZone: 'UTC',
        durationMinutes: 30,
        panel: [{ email: host.email, role: 'lead' }],
      },
    });
    expect(booked.status(), await booked.text()).toBe(201);
    ({ id: interviewId, candidateUrl } = (await booked.json()) as { id: string; candidateUrl: string });
    const link = new URL(candidateUrl);
    await candidate.goto(link.pathname + link.search);
    await candidate.getByRole('button', { name: 'Accept' }).click();
    await candidate.getByTestId('room-consent-given').waitFor();
    expect(await candidate.getByTestId('room-speech').count()).toBe(0);
  }, 120_000);

  it.runIf(runOfflineSpeech)('the host switches speech on; their spoken sentence becomes a rough transcript line', { timeout: transcribing + 60_000 }, async () => {
    await page.goto(`/room/${interviewId}`);
    await page.getByTestId('room-speech-switch').waitFor();
    await toggle(page, 'Speech-to-text in this room');
    await page.getByText('transcribed by the offline rough draft: rough', { exact: false }).waitFor();
    await toggle(page, 'Transcribe my microphone');
    await page.getByTestId('room-microphone-status').waitFor();
    // One full segment (cut between 8 and 15 s), then off: switching off sends what was recorded since.
    await page.waitForTimeout(16_000);
    await toggle(page, 'Transcribe my microphone');

    const rough = page.locator('[data-testid="room-transcript-line"][data-source="stt_offline"][data-speaker="host"]').first();
    await rough.waitFor({ timeout: transcribing });
    expect(await rough.getByText('rough', { exact: true }).count()).toBe(1);
    const line = (await rough.textContent()) ?? '';
    const heard = new Set(wordsOf(line));
    const spoken = [...new Set(wordsOf(fliteAnswer.text))];
    // The fake microphone loops the file from wherever it was when the segment began: many words, not all.
    expect(spoken.filter((word) => heard.has(word)).length / spoken.length, line).toBeGreaterThanOrEqual(0.3);
    await page.screenshot({ path: screenshotPath('interview-room-speech-host'), fullPage: true });

    // The candidate's page says their microphone may be transcribed, and offers the switch only to them.
    await candidate.getByTestId('room-speech').waitFor({ timeout: 30_000 });
    await candidate.getByRole('switch', { name: 'Transcribe my microphone' }).waitFor();
    expect(await candidate.getByTestId('room-transcript-line').count()).toBe(0);
  });

  it('logged no page errors', () => {
    expect(app.pageErrors).toEqual([]);
    expect(candidateErrors).toEqual([]);
  });
});

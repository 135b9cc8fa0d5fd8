import { expect, it, beforeAll, afterAll } from 'vitest';
import { freePort } from '#tests/support/parley-process.ts';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';

const recruiter = { name: 'Rita Recruiter', email: 'rita.call@example.com', password: 'Hiring-Is-Fun-2024' };

/**
 * The room with LiveKit configured but no LiveKit server answering (there is none on this machine): the call panel is
 * shown, and joining ends in the connection's error with a Retry, not a spinner.
 */
describeInBrowser('the embedded call of the interview room in the browser', () => {
  let app: ParleyInBrowser;
  let interviewId = '';

  beforeAll(async () => {
    // A port nobody listens on: the LiveKit the server is configured with cannot be reached.
    const silentPort = await freePort();
    app = await openParleyInBrowser({
      parleyEnv: { LIVEKIT_URL: `ws://127.0.0.1:${silentPort}`, LIVEKIT_API_KEY: 'APIe2e', LIVEKIT_API_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123' },
      launchArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
      readyTimeoutMs: 400_000,
    });
  }, 450_000);
  afterAll(async () => app?.close());

  it('shows the call panel in place of the meeting link, and an honest error with a retry when the call server is down', async () => {
    const page = app.page;
    await signUpInBrowser(page, recruiter);
    const headers = { origin: app.parley.url };
    const workspace = (await (await page.request.post('/api/workspaces', { headers, data: { name: 'Call test' } })).json()) as { id: string };
    const startsAt = new Date(Date.now() + 2 * 3_600_000).toISOString().slice(0, 16);
    const booked = await page.request.post(`/api/workspaces/${workspace.id}/interviews`, {
      headers,
      data: { candidateName: 'Dana Whitfield', candidateEmail: 'dana.call@example.org', startsAt, timeZone: 'UTC', durationMinutes: 30, panel: [{ email: recruiter.email, role: 'lead' }] },
    });
    expect(booked.status(), await booked.text()).toBe(201);
    interviewId = ((await booked.json()) as { id: string }).id;

    let tokenRequests = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith(`/api/interviews/${interviewId}/room/call-token`)) tokenRequests += 1;
    });
    await page.goto(`/room/${interviewId}`);
    const panel = page.getByTestId('room-call');
    await panel.waitFor();
    await expect(panel.getByTestId('room-call-join').textContent()).resolves.toBe('Join the call');
    await panel.getByTestId('room-call-join').click();
    const error = page.getByTestId('room-call-error');
    await error.waitFor({ timeout: 40_000 });
    await page.screenshot({ path: screenshotPath('interview-call-error'), fullPage: true });
    expect(await error.textContent()).toMatch(/Could not join the call/);
    expect(await panel.getByText('Connecting to the call…').count()).toBe(0);
    expect(tokenRequests).toBe(1);
    await error.getByRole('button', { name: 'Retry' }).click();
    // Retry asks again: a fresh token, a new attempt, and the same honest answer.
    await error.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await error.waitFor({ timeout: 40_000 });
    expect(tokenRequests).toBe(2);
    expect(await page.getByTestId('room-call-media').isVisible()).toBe(false);
  }, 180_000);
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectPageErrors, describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { signUpInBrowser } from './support/sign-up.ts';
import { readResumeFixture } from '#tests/fixtures/hiring.ts';

describeInBrowser('the web shell', () => {
  let app: ParleyInBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openParleyInBrowser({ viewport: { width: 1280, height: 860 } });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  const colorScheme = () => page.locator('html').getAttribute('data-mantine-color-scheme');

  it('says what Parley does on the home page, with the server version in the footer', async () => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Interviews, from both sides of the table.' }).waitFor();
    const main = page.locator('main');
    await expect(main.textContent()).resolves.toContain('practice interviews with an AI interviewer');
    await expect(main.textContent()).resolves.toContain('screen and rank CV batches against a job');
    await expect(main.textContent()).resolves.toContain('works fully offline');
    await expect(main.textContent()).resolves.toContain('with any LLM');
    // Only what works today: no video calls in the interview room and no analytics dashboards yet.
    const claims = (await main.innerText()).toLowerCase();
    for (const notYet of ['video call', 'analytics']) expect(claims).not.toContain(notYet);
    await expect(page.getByTestId('area-card-career').textContent()).resolves.toContain('career library');
    await expect(main.getByRole('link', { name: 'Sign in' }).getAttribute('href')).resolves.toBe('/sign-in');

    const health = (await (await fetch(`${app.parley.url}/api/health`)).json()) as { version: string };
    await page.getByTestId('server-status').waitFor();
    expect(await page.getByTestId('server-status').textContent()).toContain(`Parley v${health.version}`);
    await page.screenshot({ path: screenshotPath('home-light'), fullPage: true });
    await page.screenshot({ path: screenshotPath('home-signed-out'), fullPage: true });
  });

  it('links every area that works, with nothing left marked coming soon', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByTestId('nav-unavailable-career').count()).resolves.toBe(0);
    await expect(nav.getByRole('link', { name: 'Career' }).getAttribute('href')).resolves.toBe('/career');
    await expect(nav.getByRole('link', { name: 'Practice' }).getAttribute('href')).resolves.toBe('/practice');
    await expect(nav.getByRole('link', { name: 'Hiring' }).getAttribute('href')).resolves.toBe('/hiring');
    await expect(nav.getByRole('link', { name: 'Settings' }).getAttribute('href')).resolves.toBe('/settings');
  });

  it('switches to the dark theme and keeps it after a reload', async () => {
    expect(await colorScheme()).toBe('light');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.mantineColorScheme === 'dark');
    expect(await colorScheme()).toBe('dark');
    await page.mouse.move(600, 600);
    await page.getByRole('tooltip').waitFor({ state: 'detached' });
    await page.screenshot({ path: screenshotPath('home-dark'), fullPage: true });

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await colorScheme()).toBe('dark');
    await expect(page.getByRole('button', { name: 'Switch to light theme' }).count()).resolves.toBe(1);
  });

  it('offers the theme choice under Settings → Appearance', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/settings/appearance');
    await page.getByRole('heading', { name: 'Appearance' }).waitFor();
    await page.getByText('Light', { exact: true }).click();
    await page.waitForFunction(() => document.documentElement.dataset.mantineColorScheme === 'light');
    expect(await page.evaluate(() => localStorage.getItem('parley-color-scheme'))).toBe('light');
    await page.screenshot({ path: screenshotPath('settings-appearance'), fullPage: true });
  });

  it('answers an unknown client route with the app and its 404 page', async () => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('/no/such/page');
    await page.screenshot({ path: screenshotPath('not-found'), fullPage: true });
    await page.getByRole('link', { name: 'Back to the home page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Interviews, from both sides of the table.' }).waitFor();
  });

  it('fits a phone screen behind a menu button', async () => {
    const phone = await app.context.newPage();
    const phoneErrors = collectPageErrors(phone);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto('/');
    await phone.getByRole('heading', { level: 1 }).waitFor();
    await phone.getByRole('button', { name: 'Toggle navigation' }).click();
    await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).waitFor({ state: 'visible' });
    // The menu slides in; wait until it covers the screen before taking the picture.
    await phone.waitForFunction(() => {
      const navbar = document.querySelector('.mantine-AppShell-navbar');
      return navbar !== null && Math.abs(navbar.getBoundingClientRect().left) < 1 && navbar.getBoundingClientRect().width >= window.innerWidth - 1;
    });
    await phone.screenshot({ path: screenshotPath('home-phone-menu') });
    await phone.close();
    expect(phoneErrors).toEqual([]);
  });

  it('is a dashboard once signed in: next steps, recent practice, jobs and uploads, each a link', async () => {
    await page.goto('/');
    await signUpInBrowser(page, { name: 'Dana Dashboard', email: 'dana@example.com', password: 'Dashboards-Are-Nice-9' });
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Welcome back, Dana Dashboard' }).waitFor();
    const steps = page.getByTestId('next-steps');
    await steps.getByRole('link', { name: 'Start a practice interview' }).waitFor();
    await expect(steps.getByRole('link', { name: 'Create a workspace' }).getAttribute('href')).resolves.toBe('/settings/workspaces');
    await expect(steps.getByRole('link', { name: 'Upload your CV' }).getAttribute('href')).resolves.toBe('/onboarding');
    await expect(page.getByRole('heading', { name: 'Interviews, from both sides of the table.' }).count()).resolves.toBe(0);

    // Some practice and some hiring, through the API as the web app would send it.
    const headers = { origin: app.parley.url };
    const post = async (url: string, data: unknown) => {
      const response = await page.request.post(url, { headers, data });
      expect(response.status(), await response.text()).toBeLessThan(300);
      return (await response.json()) as { id: string };
    };
    const workspace = await post('/api/workspaces', { name: 'Dana hiring' });
    const job = await post(`/api/workspaces/${workspace.id}/jobs`, { title: 'Senior Accountant', description: 'Senior Accountant. 5+ years of accounting, month-end close, GAAP, Excel.' });
    const upload = await page.request.post(`/api/jobs/${job.id}/batches`, {
      headers,
      multipart: { files: { name: 'accountant.pdf', mimeType: 'application/pdf', buffer: readResumeFixture('accountant.pdf') } },
    });
    expect(upload.status(), await upload.text()).toBe(202);
    const batch = (await upload.json()) as { id: string };
    const session = await post('/api/practice/sessions', { targetRole: 'Accountant', interviewType: 'behavioural', questionCount: 3, name: 'Accountant warm-up' });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome back, Dana Dashboard' }).waitFor();
    const practice = page.getByTestId('recent-practice');
    await expect(practice.getByRole('link', { name: 'Accountant warm-up' }).getAttribute('href')).resolves.toBe(`/practice/sessions/${session.id}`);
    await expect(steps.getByRole('link', { name: 'Continue the interview' }).getAttribute('href')).resolves.toBe(`/practice/sessions/${session.id}`);
    await expect(steps.getByRole('link', { name: 'Create a workspace' }).count()).resolves.toBe(0);
    const jobs = page.getByTestId('recent-jobs');
    await expect(jobs.getByRole('link', { name: 'Senior Accountant' }).getAttribute('href')).resolves.toBe(`/hiring/jobs/${job.id}`);
    await expect(jobs.locator(`a[href="/hiring/batches/${batch.id}"]`).textContent()).resolves.toMatch(/CVs/);
    await page.screenshot({ path: screenshotPath('home-signed-in'), fullPage: true });

    await jobs.getByRole('link', { name: 'Senior Accountant' }).click();
    await page.waitForURL(`**/hiring/jobs/${job.id}**`);
    await page.getByRole('heading', { name: 'Senior Accountant' }).waitFor();
  });

  it('ran without console errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});

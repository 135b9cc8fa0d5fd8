import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, screenshotPath } from './support/browser.ts';
import { openParleyInBrowser, type ParleyInBrowser } from './support/parley-in-browser.ts';
import { fillSignUpForm, signUpInBrowser } from './support/sign-up.ts';

const admin = { name: 'Grace Admin', email: 'grace@example.org', password: 'Compiler-Pioneer-1952' };
const visitor = { name: 'Vic Visitor', email: 'vic.visitor@example.net', password: 'Just-Passing-Through-77' };

describeInBrowser('installation security in the browser', () => {
  let app: ParleyInBrowser;
  let page: Page;

  beforeAll(async () => {
    // A loaded machine may need minutes to compile and start the server.
    app = await openParleyInBrowser({ viewport: { width: 1280, height: 900 }, readyTimeoutMs: 420_000 });
    page = app.page;
    // Every CSP violation, as the page itself sees it (the console reports the same ones as errors).
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  }, 480_000);

  afterAll(async () => {
    await app?.close();
  });

  it('serves the built app and the API with a strict CSP, a referrer policy and the microphone and camera for its own pages only', async () => {
    for (const path of ['/', '/api/health']) {
      const response = await fetch(`${app.parley.url}${path}`);
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('permissions-policy')).toContain('microphone=(self)');
      expect(response.headers.get('permissions-policy')).toContain('camera=(self)');
      expect(response.headers.get('permissions-policy')).toContain('geolocation=()');
    }
    const html = await (await fetch(`${app.parley.url}/`)).text();
    // No inline script in the built page: every <script> has a src.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
  });

  it('lets the first account (the administrator) set sign-up to invitation only under Administration → Settings', async () => {
    await signUpInBrowser(page, admin);
    await page.goto('/settings/admin/settings');
    await page.getByRole('heading', { name: 'Installation settings' }).waitFor();
    const policy = page.getByTestId('setting-signup.policy');
    await expect(policy.getByTestId('setting-value').textContent()).resolves.toContain('Open to anyone');
    await expect(page.getByTestId('setting-outbound.allow').textContent()).resolves.toContain('OUTBOUND_ALLOW');

    // A bad allow-list entry is refused with the rule beside the field.
    const allow = page.getByTestId('setting-outbound.allow');
    await allow.getByRole('textbox').fill('gpu-box\n10.0.0.0/33');
    await allow.getByRole('button', { name: 'Save' }).click();
    await allow.getByText(/"10\.0\.0\.0\/33" is not an address range/).waitFor();
    await expect(allow.getByRole('textbox').getAttribute('aria-invalid')).resolves.toBe('true');

    await policy.getByText('Invitation only').click();
    await policy.getByRole('button', { name: 'Save' }).click();
    await policy.getByTestId('setting-saved').waitFor();
    await expect(policy.getByTestId('setting-value').textContent()).resolves.toContain('Invitation only');

    // Settings are grouped by area; a number is refused beside its field with its rule, then saved and in force.
    const practice = page.getByTestId('settings-area-practice');
    await practice.getByRole('heading', { name: 'Practice' }).waitFor();
    await page.getByRole('heading', { name: 'Uploads' }).waitFor();
    const idle = practice.getByTestId('setting-practice.idle-timeout-minutes');
    await expect(idle.getByTestId('setting-value').textContent()).resolves.toMatch(/In force: 120 \(default: 120\)/);
    await idle.getByRole('textbox').fill('3');
    await idle.getByRole('button', { name: 'Save' }).click();
    await idle.getByText(/practice\.idle-timeout-minutes must be at least 5/).waitFor();
    await idle.getByRole('textbox').fill('45');
    await idle.getByRole('button', { name: 'Save' }).click();
    await idle.getByTestId('setting-saved').waitFor();
    await expect(idle.getByTestId('setting-value').textContent()).resolves.toMatch(/In force: 45 \(default: 120\)/);
    await idle.getByText('set here').waitFor();
    await page.screenshot({ path: screenshotPath('admin-settings'), fullPage: true });

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    // Both changes are recorded: the sign-up policy and the practice idle timeout.
    const changes = page.getByTestId('audit-table').getByText('Installation setting changed');
    await changes.first().waitFor();
    await expect(changes.count()).resolves.toBe(2);
    await page.screenshot({ path: screenshotPath('admin-audit'), fullPage: true });
  });

  it('refuses a new visitor without an invitation with a clear message', async () => {
    const context = await app.browser.newContext({ baseURL: app.parley.url, colorScheme: 'light' });
    const stranger = await context.newPage();
    try {
      await stranger.goto('/sign-up');
      await fillSignUpForm(stranger, visitor);
      await stranger.getByRole('button', { name: 'Create account' }).click();
      await stranger.getByText(/by invitation only/).waitFor();
      await stranger.screenshot({ path: screenshotPath('sign-up-invitation-only') });
    } finally {
      await context.close();
    }
  });

  it('shows the administrator their own security events under Settings → Security', async () => {
    await page.goto('/settings/security');
    const table = page.getByTestId('security-events-table');
    await table.waitFor();
    await expect(table.textContent()).resolves.toContain('Installation setting changed');
  });

  it('ran every page without a CSP violation or another console error', () => {
    // A refused sign-up answers 403 (the browser logs the failed request); nothing else may appear.
    const errors = app.pageErrors.filter((message) => !/status of 40[03]/.test(message));
    expect(errors.filter((message) => /Content Security Policy|CSP violation/i.test(message))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

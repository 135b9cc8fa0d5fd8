import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

describe('security headers and cross-site request protection', () => {
  let t: TestApp;
  let user: Caller;
  beforeAll(async () => {
    t = await createTestApp();
    user = await signUp(t);
  });
  afterAll(async () => t.close());

  it('sends a CSP and the usual hardening headers', async () => {
    const response = await call(t, 'GET', '/api/health');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['permissions-policy']).toBe('camera=(self), display-capture=(), geolocation=(), microphone=(self), payment=(), usb=()');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    const docs = await call(t, 'GET', '/api/docs/');
    expect(docs.statusCode).toBe(200);
  });

  it('refuses state-changing requests from another site, and accepts clients that are not browsers', async () => {
    const crossSite = await call(t, 'POST', '/api/workspaces', { cookie: user.cookie, payload: { name: 'X' }, noOrigin: true, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.message).toMatch(/Cross-site request refused/);
    const sameSiteOther = await call(t, 'POST', '/api/workspaces', { cookie: user.cookie, payload: { name: 'X' }, noOrigin: true, headers: { 'sec-fetch-site': 'same-site' } });
    expect(sameSiteOther.statusCode).toBe(403);
    const script = await call(t, 'POST', '/api/workspaces', { cookie: user.cookie, payload: { name: 'From a script' }, noOrigin: true });
    expect(script.statusCode).toBe(201);
    const loopbackAlias = await call(t, 'POST', '/api/workspaces', { cookie: user.cookie, payload: { name: 'X' }, headers: { origin: `http://127.0.0.1:${t.config.port}` } });
    expect(loopbackAlias.statusCode).toBe(201);
    const evil = await call(t, 'POST', '/api/workspaces', { cookie: user.cookie, payload: { name: 'X' }, headers: { origin: 'https://evil.example' } });
    expect(evil.statusCode).toBe(403);
    const sameSite = await call(t, 'POST', '/api/workspaces', { cookie: user.cookie, payload: { name: 'X' }, noOrigin: true, headers: { 'sec-fetch-site': 'same-origin' } });
    expect(sameSite.statusCode).toBe(201);
    expect((await call(t, 'GET', '/api/workspaces', { cookie: user.cookie, noOrigin: true })).statusCode).toBe(200);
    const authEvil = await call(t, 'POST', '/api/auth/sign-out', { cookie: user.cookie, headers: { origin: 'https://evil.example' } });
    expect(authEvil.statusCode).toBe(403);
  });

  it('marks cookies Secure and sends HSTS when the public URL is https', async () => {
    const secure = await createTestApp({ PUBLIC_URL: 'https://parley.example.test' });
    try {
      const response = await call(secure, 'POST', '/api/auth/sign-up/email', { payload: { email: 's@example.test', password: 'Correct-Horse-Battery-9', name: 'S' } });
      expect(response.statusCode).toBe(200);
      const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
      expect(cookies.every((line) => /;\s*Secure/i.test(line))).toBe(true);
      expect(cookies.some((line) => line.startsWith('__Secure-parley.session_token='))).toBe(true);
      expect(response.headers['strict-transport-security']).toBeTruthy();
    } finally {
      await secure.close();
    }
  });
});

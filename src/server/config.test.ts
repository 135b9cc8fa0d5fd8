import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.llm.provider).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the bad variable and the value it got', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow('PORT must be a number (got "abc")');
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be between 0 and 65535/);
  });

  it('reports every bad variable at once and hides secrets', () => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://db', SERVER_SECRET: 'short', LOG_LEVEL: 'loud' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(message).toContain('SERVER_SECRET must be at least 32 characters');
    expect(message).not.toContain('short');
    expect(message).toContain('LOG_LEVEL');
  });

  it('treats empty strings as unset and parses flags', () => {
    const config = loadConfig({ DATABASE_URL: '', SMTP_URL: '', TRUST_PROXY: 'true', PORT: '8080' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.trustProxy).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:8080');
  });

  it('trusts the loopback names of the port unless PUBLIC_URL says where users come from', () => {
    expect(loadConfig({ PORT: '4000' }).trustedOrigins).toEqual(['http://localhost:4000', 'http://127.0.0.1:4000', 'http://[::1]:4000']);
    expect(loadConfig({ PUBLIC_URL: 'https://parley.example.com/' }).trustedOrigins).toEqual(['https://parley.example.com']);
  });

  it('enables OAuth providers only when both id and secret are set', () => {
    expect(loadConfig({ GOOGLE_CLIENT_ID: 'id' }).oauth.google).toBeUndefined();
    expect(loadConfig({ GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 's' }).oauth.google).toEqual({ clientId: 'id', clientSecret: 's' });
  });
});

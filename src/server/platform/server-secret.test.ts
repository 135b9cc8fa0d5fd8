import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveServerSecret, ServerSecretError, serverSecretFile } from './server-secret.ts';

const dirs: string[] = [];
function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-secret-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('resolveServerSecret', () => {
  it('generates a secret into a new data folder once, readable by the owner only, and reads it back after', () => {
    const dir = path.join(dataDir(), 'nested');
    const secret = resolveServerSecret(undefined, dir);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(fs.readFileSync(serverSecretFile(dir), 'utf8')).toBe(`${secret}\n`);
    expect(fs.statSync(serverSecretFile(dir)).mode & 0o777).toBe(0o600);
    expect(resolveServerSecret(undefined, dir)).toBe(secret);
    expect(fs.readdirSync(dir)).toEqual(['server-secret']);
  });

  it('prefers SERVER_SECRET and then leaves the data folder alone', () => {
    const dir = dataDir();
    expect(resolveServerSecret('configured-secret-configured-secret-0001', dir)).toBe('configured-secret-configured-secret-0001');
    expect(fs.existsSync(serverSecretFile(dir))).toBe(false);
  });

  it.each([
    ['too short', 'abcde', /holds only 5 characters \(at least 32 are needed\)/],
    ['empty', '\n', /is empty/],
  ])('refuses a secret file that is %s, with one line saying what to do, and never changes the file', (_what, contents, problem) => {
    const dir = dataDir();
    fs.writeFileSync(serverSecretFile(dir), contents);
    const before = fs.readFileSync(serverSecretFile(dir));
    let error: unknown;
    try {
      resolveServerSecret(undefined, dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ServerSecretError);
    const message = (error as Error).message;
    expect(message).toMatch(problem);
    expect(message).toContain(serverSecretFile(dir));
    expect(message).toMatch(/Restore it from a backup or set SERVER_SECRET/);
    expect(message).not.toContain('\n');
    expect(fs.readFileSync(serverSecretFile(dir)).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['server-secret']);
  });

  it('a short file is no problem when SERVER_SECRET is set', () => {
    const dir = dataDir();
    fs.writeFileSync(serverSecretFile(dir), 'abcde');
    expect(resolveServerSecret('configured-secret-configured-secret-0001', dir)).toBe('configured-secret-configured-secret-0001');
  });

  it('keeps a valid secret with surrounding white space as it is', () => {
    const dir = dataDir();
    const secret = 'x'.repeat(40);
    fs.writeFileSync(serverSecretFile(dir), `  ${secret}\r\n`);
    expect(resolveServerSecret(undefined, dir)).toBe(secret);
    expect(fs.readFileSync(serverSecretFile(dir), 'utf8')).toBe(`  ${secret}\r\n`);
  });
});

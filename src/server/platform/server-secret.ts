import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The shortest secret accepted, from SERVER_SECRET (config.ts checks it) or from the data folder. */
export const minSecretLength = 32;

/** A server secret file that is there but cannot be used: start-up stops rather than replace it. */
export class ServerSecretError extends Error {
  override readonly name = 'ServerSecretError';
}

export function serverSecretFile(dataDir: string): string {
  return path.join(dataDir, 'server-secret');
}

/**
 * The server secret signs sessions and derives the keys that encrypt provider credentials and 2FA secrets.
 * When SERVER_SECRET is not configured, one is generated on the first start into the data folder (mode 0600), and only
 * when the file does not exist: an existing file is never replaced, since a new secret leaves every stored key unreadable.
 */
export function resolveServerSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = serverSecretFile(dataDir);
  const existing = readSecretFile(file);
  if (existing !== undefined) return existing;
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  if (createExclusively(file, `${secret}\n`)) return secret;
  // Another process starting at the same moment created it first: use theirs.
  const theirs = readSecretFile(file);
  if (theirs === undefined) throw new ServerSecretError(`The server secret file ${file} disappeared while Parley was starting; start it again.`);
  return theirs;
}

/**
 * Creates the file with these contents only if it does not exist; false when it does. The contents are written to a
 * temporary file first and hard-linked into place, so a concurrent reader never sees a half-written secret.
 */
function createExclusively(file: string, contents: string): boolean {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temporary, contents, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temporary, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    // A file system without hard links: an exclusive create still never replaces an existing file.
    try {
      fs.writeFileSync(file, contents, { mode: 0o600, flag: 'wx' });
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallbackError;
    }
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** The secret in the file; undefined when there is no file; a ServerSecretError when the file cannot be the secret. */
function readSecretFile(file: string): string | undefined {
  let contents: string;
  try {
    contents = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ServerSecretError(`Cannot read the server secret file ${file} (${(error as Error).message}); fix its permissions, or set SERVER_SECRET.`);
  }
  const secret = contents.trim();
  if (secret.length >= minSecretLength) return secret;
  const problem = secret.length === 0 ? 'is empty' : `holds only ${secret.length} characters (at least ${minSecretLength} are needed)`;
  throw new ServerSecretError(
    `The server secret file ${file} ${problem}. Restore it from a backup or set SERVER_SECRET to the original secret: a new secret would leave every stored provider key unreadable. Parley generates a secret only when the file does not exist (a new installation).`,
  );
}

/** The secret kept in the data folder; undefined when there is none; a ServerSecretError when the file is unusable. */
export function readServerSecret(dataDir: string): string | undefined {
  return readSecretFile(serverSecretFile(dataDir));
}

/**
 * Replaces the kept secret (`parley keys rotate-secret`, after every stored key was re-encrypted under it): written to
 * a temporary file, then renamed over the old one, so the file always holds one whole secret.
 */
export function replaceServerSecret(dataDir: string, secret: string): void {
  const file = serverSecretFile(dataDir);
  const temporary = `${file}.new`;
  fs.writeFileSync(temporary, `${secret}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { assertStorageKey, StorageError, type FileStorage, type StoredFile } from './file-storage.ts';

/**
 * Files in a local folder, content-addressed: `<dir>/ab/cd/<sha256>`. Writes go to a temporary name first and are renamed
 * into place, so a crash never leaves a half-written file under a real key.
 */
export function createLocalStorage(dir: string): FileStorage {
  const root = path.resolve(dir);
  const pathFor = (key: string) => {
    assertStorageKey(key);
    return path.join(root, key.slice(0, 2), key.slice(2, 4), key);
  };

  return {
    async put(bytes): Promise<StoredFile> {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathFor(sha256);
      const stored = { key: sha256, sha256, sizeBytes: bytes.byteLength };
      if (await exists(target)) {
        // Storing bytes again counts as storing them now: data retention gives an unused file its grace period from here.
        const now = new Date();
        await fs.utimes(target, now, now);
        return stored;
      }
      await fs.mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await fs.writeFile(temporary, bytes);
        await fs.rename(temporary, target);
      } catch (error) {
        // A full disk leaves a partial temporary file behind: remove it, so only whole files ever stay.
        await fs.rm(temporary, { force: true });
        if (isFull(error)) throw new StorageError('full', 'The file storage is full.');
        throw error;
      }
      return stored;
    },
    async get(key) {
      try {
        return await fs.readFile(pathFor(key));
      } catch (error) {
        if (isMissing(error)) throw new StorageError('not_found', 'The stored file is missing.');
        throw error;
      }
    },
    async delete(key) {
      await fs.rm(pathFor(key), { force: true });
    },
    async *list() {
      // ab/cd/<sha256>: two levels of folders, then the files; a temporary file of a write in progress is not a file yet.
      for (const first of await readFolder(root)) {
        for (const second of await readFolder(path.join(root, first))) {
          const folder = path.join(root, first, second);
          for (const name of await readFolder(folder)) {
            if (!/^[0-9a-f]{64}$/.test(name)) continue;
            const stats = await fs.stat(path.join(folder, name)).catch(() => undefined);
            if (stats?.isFile()) yield { key: name, storedAt: stats.mtime };
          }
        }
      }
    },
  };
}

/** The names in a folder; none when it does not exist (yet). */
async function readFolder(folder: string): Promise<string[]> {
  try {
    return await fs.readdir(folder);
  } catch (error) {
    if (isMissing(error) || (error instanceof Error && 'code' in error && error.code === 'ENOTDIR')) return [];
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

function isFull(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'ENOSPC' || error.code === 'EDQUOT');
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

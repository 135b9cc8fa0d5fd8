import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalStorage } from './local-storage.ts';

const dirs: string[] = [];
function makeStorage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-storage-'));
  dirs.push(dir);
  return { dir, storage: createLocalStorage(dir) };
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('local file storage', () => {
  it('stores bytes under their SHA-256 and reads them back', async () => {
    const { dir, storage } = makeStorage();
    const stored = await storage.put(Buffer.from('hello cv'));
    expect(stored.sha256).toBe(createHash('sha256').update('hello cv').digest('hex'));
    expect(stored.key).toBe(stored.sha256);
    expect(stored.sizeBytes).toBe(8);
    expect((await storage.get(stored.key)).toString()).toBe('hello cv');
    expect(fs.existsSync(path.join(dir, stored.key.slice(0, 2), stored.key.slice(2, 4), stored.key))).toBe(true);
  });

  it('stores the same bytes once', async () => {
    const { storage } = makeStorage();
    const first = await storage.put(Buffer.from('same'));
    const second = await storage.put(Buffer.from('same'));
    expect(second.key).toBe(first.key);
  });

  it('refuses keys that are not digests, so no path can be smuggled in', async () => {
    const { storage } = makeStorage();
    await expect(storage.get('../../etc/passwd')).rejects.toMatchObject({ code: 'invalid_key' });
    await expect(storage.delete('/tmp/x')).rejects.toMatchObject({ code: 'invalid_key' });
  });

  it('reports a missing file as not_found and deletes files', async () => {
    const { storage } = makeStorage();
    const stored = await storage.put(Buffer.from('gone soon'));
    await storage.delete(stored.key);
    await expect(storage.get(stored.key)).rejects.toMatchObject({ code: 'not_found' });
  });
});

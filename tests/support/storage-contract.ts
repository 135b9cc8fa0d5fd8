import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FileStorage } from '#server/platform/storage/index.ts';

/**
 * What every FileStorage driver promises, run against each real driver (a local folder, an S3 server), so modules can
 * be given either without noticing.
 */
export function describeStorageContract(driver: string, makeStorage: () => FileStorage): void {
  describe(`${driver} file storage contract`, () => {
    it('stores bytes under their SHA-256 and reads them back', async () => {
      const storage = makeStorage();
      const stored = await storage.put(Buffer.from('hello cv'));
      expect(stored.sha256).toBe(createHash('sha256').update('hello cv').digest('hex'));
      expect(stored.key).toBe(stored.sha256);
      expect(stored.sizeBytes).toBe(8);
      expect((await storage.get(stored.key)).toString()).toBe('hello cv');
    });

    it('keeps binary files byte for byte', async () => {
      const storage = makeStorage();
      const bytes = randomBytes(300_000);
      const stored = await storage.put(bytes);
      expect((await storage.get(stored.key)).equals(bytes)).toBe(true);
    });

    it('stores the same bytes once: a second put is a no-op with the same key', async () => {
      const storage = makeStorage();
      const first = await storage.put(Buffer.from('same'));
      const second = await storage.put(Buffer.from('same'));
      expect(second).toEqual(first);
      expect((await storage.get(first.key)).toString()).toBe('same');
    });

    it('refuses keys that are not digests, so no path or object name can be smuggled in', async () => {
      const storage = makeStorage();
      await expect(storage.get('../../etc/passwd')).rejects.toMatchObject({ name: 'StorageError', code: 'invalid_key' });
      await expect(storage.get('A'.repeat(64))).rejects.toMatchObject({ code: 'invalid_key' });
      await expect(storage.delete('/tmp/x')).rejects.toMatchObject({ code: 'invalid_key' });
    });

    it('reports an unknown key as not_found', async () => {
      const storage = makeStorage();
      const unknown = createHash('sha256').update(randomBytes(16)).digest('hex');
      await expect(storage.get(unknown)).rejects.toMatchObject({ name: 'StorageError', code: 'not_found' });
    });

    it('lists every stored file with the time it was stored', async () => {
      const storage = makeStorage();
      const before = Date.now() - 60_000;
      const first = await storage.put(Buffer.from(`listed ${randomBytes(8).toString('hex')}`));
      const second = await storage.put(Buffer.from(`listed ${randomBytes(8).toString('hex')}`));
      const listed = new Map<string, Date>();
      for await (const file of storage.list()) listed.set(file.key, file.storedAt);
      expect(listed.has(first.key)).toBe(true);
      expect(listed.has(second.key)).toBe(true);
      expect(listed.get(first.key)!.getTime()).toBeGreaterThan(before);
      await storage.delete(first.key);
      const after: string[] = [];
      for await (const file of storage.list()) after.push(file.key);
      expect(after).not.toContain(first.key);
    });

    it('counts storing the same bytes again as storing them now', async () => {
      const storage = makeStorage();
      const stored = await storage.put(Buffer.from(`again ${randomBytes(8).toString('hex')}`));
      const storedAt = async () => {
        for await (const file of storage.list()) if (file.key === stored.key) return file.storedAt.getTime();
        throw new Error('not listed');
      };
      const first = await storedAt();
      // S3 keeps times to the second.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await storage.put(Buffer.from((await storage.get(stored.key)).toString()));
      expect(await storedAt()).toBeGreaterThan(first);
    });

    it('deletes files, and deleting twice is fine', async () => {
      const storage = makeStorage();
      const stored = await storage.put(Buffer.from('gone soon'));
      await storage.delete(stored.key);
      await expect(storage.get(stored.key)).rejects.toMatchObject({ code: 'not_found' });
      await expect(storage.delete(stored.key)).resolves.toBeUndefined();
    });
  });
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fsPromises from 'node:fs/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { describeStorageContract } from '#tests/support/storage-contract.ts';
import { createLocalStorage } from './local-storage.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-storage-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeStorageContract('local', () => createLocalStorage(dir));

describe('local file storage', () => {
  it('spreads files over two levels of folders named after the digest', async () => {
    const stored = await createLocalStorage(dir).put(Buffer.from('laid out'));
    expect(fs.existsSync(path.join(dir, stored.key.slice(0, 2), stored.key.slice(2, 4), stored.key))).toBe(true);
  });

  it('on a full disk fails with StorageError full and leaves no partial file behind', async () => {
    const full = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-storage-full-'));
    // The disk fills up halfway through the write, as ENOSPC does: part of the bytes land, then the write fails.
    const write = vi.spyOn(fsPromises, 'writeFile').mockImplementationOnce(async (file, data) => {
      await fsPromises.appendFile(file, Buffer.from(data as Uint8Array).subarray(0, 10));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    });
    try {
      await expect(createLocalStorage(full).put(Buffer.from('a CV that does not fit'))).rejects.toMatchObject({ name: 'StorageError', code: 'full' });
      const left = fs.readdirSync(full, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      expect(left).toEqual([]);
      const stored = await createLocalStorage(full).put(Buffer.from('a CV that does not fit'));
      expect((await createLocalStorage(full).get(stored.key)).toString()).toBe('a CV that does not fit');
    } finally {
      write.mockRestore();
      fs.rmSync(full, { recursive: true, force: true });
    }
  });
});

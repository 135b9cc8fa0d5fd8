import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
});

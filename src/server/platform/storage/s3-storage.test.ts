import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#server/config.ts';
import { describeStorageContract } from '#tests/support/storage-contract.ts';
import { createStorage } from './create-storage.ts';
import { createS3Storage, type S3StorageOptions } from './s3-storage.ts';

// A real S3 protocol server (s3rver) on a free port: requests are signed, sent and answered over HTTP as with MinIO or AWS.
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-s3-'));
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'parley-cvs', configs: [] }] });
let options: S3StorageOptions;

beforeAll(async () => {
  const { port } = await server.run();
  options = { bucket: 'parley-cvs', region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true };
});
afterAll(async () => {
  await server.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

describeStorageContract('S3', () => createS3Storage(options));

describe('S3 file storage', () => {
  it('writes objects with the local folder layout, so a storage folder can be copied into a bucket', async () => {
    const stored = await createS3Storage(options).put(Buffer.from('laid out'));
    const objectFolder = path.join(directory, 'parley-cvs', stored.key.slice(0, 2), stored.key.slice(2, 4));
    expect(fs.readdirSync(objectFolder).some((name) => name.startsWith(stored.key))).toBe(true);
  });

  it('fails loudly on a bucket that does not exist instead of calling the file missing', async () => {
    const storage = createS3Storage({ ...options, bucket: 'no-such-bucket' });
    await expect(storage.put(Buffer.from('x'))).rejects.toMatchObject({ name: 'NoSuchBucket' });
    await expect(storage.get('a'.repeat(64))).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });

  it('signs its requests: an access key the server does not know is refused', async () => {
    const storage = createS3Storage({ ...options, accessKeyId: 'NOBODY' });
    await expect(storage.put(Buffer.from('x'))).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
  });

  it('is the driver createStorage builds from the S3_* settings', async () => {
    const config = loadConfig({ S3_BUCKET: 'parley-cvs', S3_ENDPOINT: options.endpoint!, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' });
    const stored = await createStorage(config.storage).put(Buffer.from('configured'));
    expect((await createS3Storage(options).get(stored.key)).toString()).toBe('configured');
  });
});

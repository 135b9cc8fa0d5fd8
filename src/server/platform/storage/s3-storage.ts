import { createHash } from 'node:crypto';
import type * as S3 from '@aws-sdk/client-s3';
import type { StorageConfig } from '#server/config.ts';
import { loadOnFirstUse } from '#server/platform/load-on-first-use.ts';
import { assertStorageKey, StorageError, type FileStorage, type StoredFile } from './file-storage.ts';

/** The bucket, credentials and endpoint STORAGE_DRIVER=s3 configures (config.ts). */
export type S3StorageOptions = Omit<Extract<StorageConfig, { driver: 's3' }>, 'driver'>;

/**
 * Files in an S3-compatible bucket, content-addressed with the local folder's layout (`ab/cd/<sha256>`), so a storage
 * folder copied into a bucket as it is keeps working. S3 makes an object visible only once it is complete.
 */
// Loaded only when a bucket is configured (~10 MB and a third of a second of start-up otherwise; decision 055).
const s3Sdk = loadOnFirstUse<typeof S3>('@aws-sdk/client-s3');

export function createS3Storage(options: S3StorageOptions): FileStorage {
  const { bucket } = options;
  const { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } = s3Sdk();
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // The SDK's default CRC32 checksums on every request are not understood by every S3-compatible server.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const objectKey = (key: string) => {
    assertStorageKey(key);
    return `${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`;
  };

  return {
    async put(bytes): Promise<StoredFile> {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const key = objectKey(sha256);
      // Written again even when the object exists: its LastModified is then now, and data retention gives an unused
      // file its grace period from the last time it was stored (the same key always holds the same bytes).
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentLength: bytes.byteLength, ContentType: 'application/octet-stream' }));
      return { key: sha256, sha256, sizeBytes: bytes.byteLength };
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
        if (!object.Body) throw new StorageError('not_found', 'The stored file is missing.');
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        if (isMissingObject(error, S3ServiceException)) throw new StorageError('not_found', 'The stored file is missing.');
        throw error;
      }
    },
    async delete(key) {
      // Deleting a missing object succeeds on S3, like removing a missing local file with force.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },
    async *list() {
      let continuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ...(continuationToken ? { ContinuationToken: continuationToken } : {}) }));
        for (const object of page.Contents ?? []) {
          const key = /^[0-9a-f]{2}\/[0-9a-f]{2}\/([0-9a-f]{64})$/.exec(object.Key ?? '')?.[1];
          // Objects of another layout in the bucket are not Parley's files: left alone.
          if (key && object.LastModified) yield { key, storedAt: object.LastModified };
        }
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken);
    },
  };
}

/** A missing object (404 NoSuchKey, or NotFound on HEAD); a missing bucket is a setup error and is not hidden. */
function isMissingObject(error: unknown, S3ServiceException: typeof S3.S3ServiceException): boolean {
  if (!(error instanceof S3ServiceException) || error.name === 'NoSuchBucket') return false;
  return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404;
}

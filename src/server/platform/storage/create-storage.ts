import type { StorageConfig } from '#server/config.ts';
import type { FileStorage } from './file-storage.ts';
import { createLocalStorage } from './local-storage.ts';
import { createS3Storage } from './s3-storage.ts';

/** The one way modules get their file storage: the driver the configuration names. */
export function createStorage(config: StorageConfig): FileStorage {
  switch (config.driver) {
    case 'local':
      return createLocalStorage(config.dir);
    case 's3':
      return createS3Storage(config);
  }
}

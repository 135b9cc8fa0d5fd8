export { assertStorageKey, StorageError, type FileStorage, type StorageErrorCode, type StoredFile } from './file-storage.ts';
export { createStorage } from './create-storage.ts';

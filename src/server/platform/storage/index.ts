export { assertStorageKey, StorageError, type FileStorage, type StorageErrorCode, type StoredFile } from './file-storage.ts';
export { createLocalStorage } from './local-storage.ts';

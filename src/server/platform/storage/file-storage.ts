/** Where uploaded files live. Keys are made by the storage (content hashes), never from a user-supplied name. */
export type StoredFile = { key: string; sha256: string; sizeBytes: number };

export type FileStorage = {
  /** Stores the bytes under their SHA-256; storing the same bytes twice is a no-op that returns the same key. */
  put(bytes: Uint8Array): Promise<StoredFile>;
  /** The bytes of a stored file; throws a StorageError with code `not_found` when the key is unknown. */
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
  /** Every stored file with the time it was stored, in no particular order (data retention sweeps files nothing uses). */
  list(): AsyncIterable<{ key: string; storedAt: Date }>;
};

/** `full`: the disk or bucket refused a write for lack of space; nothing was stored under the key. */
export type StorageErrorCode = 'not_found' | 'invalid_key' | 'full';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const keyPattern = /^[0-9a-f]{64}$/;

/** Keys are lowercase hex SHA-256 digests; anything else is refused before it can reach a path or an object name. */
export function assertStorageKey(key: string): void {
  if (!keyPattern.test(key)) throw new StorageError('invalid_key', 'Invalid storage key.');
}

import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '#server/platform/errors.ts';
import { displayName, isArchiveName, looksLikeZip, type UploadItem, type UploadLimits } from './upload-item.ts';

/** A compression ratio above this, on an entry of at least 1 MB, is treated as a ZIP bomb. */
const maxRatio = 100;
const ratioFloorBytes = 1024 * 1024;

const openZip = (bytes: Buffer) =>
  new Promise<ZipFile>((resolve, reject) => {
    // decodeStrings off: yauzl would abort the whole archive on one bad name; names are checked here, per entry.
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (error, zip) => (error ? reject(error) : resolve(zip)));
  });

function decodeName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  const utf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
  return raw.toString(utf8 ? 'utf8' : 'latin1');
}

function isUnsafePath(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name) || name.includes('\\') || name.includes('\0')) return true;
  return name.split('/').some((segment) => segment === '..');
}

function isSymlink(entry: Entry): boolean {
  const madeByUnix = entry.versionMadeBy >> 8 === 3;
  return madeByUnix && ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}

function isSkipped(name: string): boolean {
  const segments = name.split('/');
  return name.endsWith('/') || segments[0] === '__MACOSX' || segments.some((segment) => segment.startsWith('.'));
}

function readEntry(zip: ZipFile, entry: Entry, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) stream.destroy(new Error('entry larger than allowed'));
        else chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

const nestedArchive = 'The file is an archive inside an archive; nested archives are not opened.';

function bomb(message: string): AppError {
  return new AppError('payload_too_large', `${message} The archive looks like a ZIP bomb and was rejected.`, { reason: 'zip_bomb' });
}

/**
 * Expands one uploaded ZIP in memory. Declared sizes, ratios and the batch total are checked before anything is inflated,
 * and yauzl checks that every entry inflates to exactly its declared size. Entries with unsafe paths, symlinks, nested
 * archives or over-size content become rejected items; a bomb rejects the whole upload.
 */
export async function expandZip(archiveName: string, bytes: Buffer, limits: UploadLimits, budget: { bytes: number }): Promise<UploadItem[]> {
  let zip: ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    return [{ name: displayName(archiveName), rejected: { code: 'unreadable_archive', message: 'The file is not a readable ZIP archive.' } }];
  }
  if (zip.entryCount > limits.maxFiles * 2 + 100) {
    zip.close();
    throw new AppError('payload_too_large', `${archiveName} has ${zip.entryCount} entries; a batch takes at most ${limits.maxFiles} files.`);
  }
  const items: UploadItem[] = [];
  let declaredTotal = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        handleEntry(entry).then(() => zip.readEntry(), reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return items;

  async function handleEntry(entry: Entry): Promise<void> {
    const rawName = decodeName(entry);
    const name = displayName(rawName);
    const reject = (code: Extract<UploadItem, { rejected: unknown }>['rejected']['code'], message: string) => void items.push({ name, rejected: { code, message } });
    if (isUnsafePath(rawName)) return reject('unsafe_path', 'The path is unsafe (absolute, or climbing out with ..); the file was not extracted.');
    if (isSkipped(rawName)) return;
    if (isSymlink(entry)) return reject('unsafe_path', 'The entry is a symbolic link; it was not extracted.');
    if (entry.isEncrypted()) return reject('encrypted', 'The file is encrypted; upload it without a password.');
    if (entry.uncompressedSize >= ratioFloorBytes && entry.uncompressedSize / Math.max(entry.compressedSize, 1) > maxRatio) {
      throw bomb(`${name} expands from ${entry.compressedSize} to ${entry.uncompressedSize} bytes.`);
    }
    declaredTotal += entry.uncompressedSize;
    if (declaredTotal > limits.maxTotalBytes) throw bomb(`${archiveName} expands to more than ${limits.maxTotalBytes} bytes.`);
    if (isArchiveName(rawName)) return reject('nested_archive', nestedArchive);
    if (entry.uncompressedSize > limits.maxFileBytes) return reject('too_large', `The file is ${entry.uncompressedSize} bytes; the limit is ${limits.maxFileBytes} a file.`);
    if (budget.bytes + entry.uncompressedSize > limits.maxTotalBytes) throw new AppError('payload_too_large', `The batch is larger than ${limits.maxTotalBytes} bytes.`);
    let content: Buffer;
    try {
      content = await readEntry(zip, entry, entry.uncompressedSize);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/too many bytes|larger than allowed/i.test(message)) throw bomb(`${name} inflates to more than it declares.`);
      return reject('unreadable_archive', `The file could not be extracted: ${message}.`);
    }
    budget.bytes += content.length;
    if (looksLikeZip(content, rawName)) return reject('nested_archive', nestedArchive);
    items.push({ name, bytes: content });
  }
}

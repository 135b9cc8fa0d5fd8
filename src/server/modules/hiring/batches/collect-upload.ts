import type { Multipart } from '@fastify/multipart';
import { describeBytes } from '#server/modules/settings/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { expandZip } from './expand-zip.ts';
import { displayName, looksLikeZip, type UploadItem, type UploadLimits } from './upload-item.ts';

/**
 * The busboy limits for a batch upload: a ZIP may be as large as the whole batch; single CVs are checked after. One
 * file more than the batch takes is read, so the refusal is ours, naming the setting, rather than busboy's.
 */
export function multipartLimits(limits: UploadLimits) {
  return { fileSize: limits.maxTotalBytes, files: limits.maxFiles + 1, fields: 20, parts: limits.maxFiles + 21 };
}

/**
 * Reads every `files` part of a batch upload, expanding ZIPs. Files over the per-file limit are kept as rejected items
 * (the batch reports them); a batch over its total size or file count is refused as a whole.
 */
export async function collectUpload(parts: AsyncIterable<Multipart>, limits: UploadLimits): Promise<UploadItem[]> {
  const items: UploadItem[] = [];
  const budget = { bytes: 0 };
  for await (const part of parts) {
    if (part.type !== 'file') continue;
    if (part.fieldname !== 'files') {
      throw new AppError('bad_request', `Unexpected file field "${part.fieldname}": send the CVs in fields named "files".`);
    }
    const bytes = await part.toBuffer();
    const name = displayName(part.filename || 'unnamed');
    if (part.filename.toLowerCase().endsWith('.zip') || looksLikeZip(bytes, part.filename)) {
      items.push(...(await expandZip(name, bytes, limits, budget)));
    } else if (bytes.length > limits.maxFileBytes) {
      items.push({ name, mimeType: part.mimetype, rejected: { code: 'too_large', message: `The file is ${bytes.length} bytes; the limit is ${describeBytes(limits.maxFileBytes)} (${limits.maxFileBytes} bytes) a file (uploads.max-file-bytes).` } });
    } else {
      budget.bytes += bytes.length;
      items.push({ name, mimeType: part.mimetype, bytes });
    }
    if (budget.bytes > limits.maxTotalBytes) throw new AppError('payload_too_large', `The batch is larger than its limit of ${describeBytes(limits.maxTotalBytes)} (${limits.maxTotalBytes} bytes, uploads.batch-max-bytes).`);
    if (items.length > limits.maxFiles) throw new AppError('payload_too_large', `A batch takes at most ${limits.maxFiles} files (uploads.batch-max-files).`);
  }
  if (items.length === 0) throw new AppError('bad_request', 'No CVs received: attach PDF, DOCX, TXT or ZIP files in fields named "files".');
  return items;
}

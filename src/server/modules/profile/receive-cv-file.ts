import type { FastifyRequest } from 'fastify';
import { AppError } from '#server/platform/errors.ts';
import { cleanFileName } from '#server/platform/file-name.ts';
import { tooLarge, type ReceivedFile } from './cv-file.ts';

/** The one `file` part of a CV upload; busboy stops reading past the size limit, so an oversized upload is never held whole. */
export async function receiveCvFile(request: FastifyRequest, maxBytes: number): Promise<ReceivedFile> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Send the CV as multipart/form-data in a field named "file".');
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 11 } });
  if (!part) throw new AppError('bad_request', 'No CV received: attach a PDF, DOCX or TXT file in a field named "file".');
  if (part.fieldname !== 'file') throw new AppError('bad_request', `Unexpected file field "${part.fieldname}": send the CV in a field named "file".`);
  try {
    return { bytes: await part.toBuffer(), fileName: part.filename };
  } catch (error) {
    if (error instanceof request.server.multipartErrors.RequestFileTooLargeError) throw tooLarge(cleanFileName(part.filename, { fallback: 'cv' }), maxBytes);
    throw error;
  }
}

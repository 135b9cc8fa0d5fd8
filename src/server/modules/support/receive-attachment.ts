import type { FastifyRequest } from 'fastify';
import { describeBytes } from '#server/modules/settings/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { ReceivedAttachment } from './tickets.service.ts';

/** The one `file` part of an attachment upload; busboy stops reading past the size limit. */
export async function receiveAttachment(request: FastifyRequest, maxBytes: number): Promise<ReceivedAttachment> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Send the attachment as multipart/form-data in a field named "file".');
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 11 } });
  if (!part) throw new AppError('bad_request', 'file: nothing received; attach a screenshot or file in a field named "file".');
  if (part.fieldname !== 'file') throw new AppError('bad_request', `Unexpected file field "${part.fieldname}": send it in a field named "file".`);
  try {
    return { bytes: await part.toBuffer(), fileName: part.filename };
  } catch (error) {
    if (error instanceof request.server.multipartErrors.RequestFileTooLargeError) {
      throw new AppError('payload_too_large', `file: ${part.filename} is larger than the limit of ${describeBytes(maxBytes)} (uploads.attachment-max-bytes).`);
    }
    throw error;
  }
}

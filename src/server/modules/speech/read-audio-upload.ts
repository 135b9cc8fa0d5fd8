import type { FastifyRequest } from 'fastify';
import { AppError } from '#server/platform/errors.ts';
import { describeSize } from './describe-size.ts';

/** One recording from a multipart upload, plus the small text fields sent beside it. */
export type AudioUpload = { audio: Buffer; mimeType: string; fields: Record<string, string> };

function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Reads the `audio` file part of a multipart/form-data request. Busboy stops reading past `maxBytes`, so an oversized
 * recording is refused without being held in memory whole.
 */
export async function readAudioUpload(request: FastifyRequest, maxBytes: number): Promise<AudioUpload> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Send the recording as multipart/form-data in a field named "audio".');
  let upload: { audio: Buffer; mimeType: string } | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 10 } })) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
      } else if (part.fieldname !== 'audio') {
        throw new AppError('bad_request', `Unexpected file field "${part.fieldname}": send the recording in a field named "audio".`);
      } else {
        upload = { audio: await part.toBuffer(), mimeType: part.mimetype };
      }
    }
  } catch (error) {
    if (codeOf(error) === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('payload_too_large', `The recording is larger than ${describeSize(maxBytes)}, the most speech-to-text takes. Record a shorter answer.`);
    }
    if (codeOf(error) === 'FST_FILES_LIMIT') throw new AppError('bad_request', 'Send one recording at a time, in a field named "audio".');
    throw error;
  }
  if (!upload) throw new AppError('bad_request', 'No recording received: attach it in a field named "audio".');
  return { ...upload, fields };
}

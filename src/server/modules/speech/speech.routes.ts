import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { speechAvailabilityResponse, transcriptionResponse } from '#shared/contracts/speech.ts';
import { requireUser } from '#server/platform/auth/index.ts';
import { readAudioUpload } from './read-audio-upload.ts';
import type { SpeechService } from './speech.service.ts';

const tags = ['speech'];

export const speechRoutes: FastifyPluginAsyncZod<{ speech: SpeechService }> = async (app, { speech }) => {
  await app.register(multipart);

  app.get(
    '/api/speech/availability',
    { schema: { tags, summary: 'Whether I can dictate answers (my own OpenAI/Deepgram key, else the server’s), and if not, why', response: { 200: speechAvailabilityResponse } } },
    async (request) => speech.speechAvailability(requireUser(request).id),
  );
  app.post(
    '/api/speech/transcriptions',
    {
      schema: {
        tags,
        summary: 'Transcribe a recording (multipart "audio" field: WebM, Ogg, WAV, MP3, MP4/M4A or FLAC) for me to correct; nothing is stored',
        consumes: ['multipart/form-data'],
        response: { 200: transcriptionResponse },
      },
    },
    async (request) => {
      const upload = await readAudioUpload(request, speech.maxBytes);
      return speech.transcribe({ userId: requireUser(request).id, audio: upload.audio, mimeType: upload.mimeType });
    },
  );
};

import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { offlineSpeechPreferenceSchema, speechAvailabilitySchema, transcriptionSchema } from '#shared/contracts/speech.ts';
import { readAudioUpload } from './read-audio-upload.ts';
import type { SpeechDeps } from './speech-deps.ts';
import { signalOfReply } from './reply-signal.ts';
import { checkSpeechAvailability, setOfflineSpeech, transcribeRecording } from './speech.service.ts';

const tags = ['speech'];

export const speechRoutes: FastifyPluginAsyncZod<{ deps: SpeechDeps }> = async (app, { deps }) => {
  await app.register(multipart);

  app.get(
    '/api/speech/availability',
    {
      schema: {
        tags,
        summary: 'Whether I can dictate answers (my own OpenAI/Deepgram key, else the server’s, else the offline rough draft if I switched it on), and if not, why',
        response: { 200: speechAvailabilitySchema },
      },
    },
    async (request) => checkSpeechAvailability(deps, callerOf(request)),
  );
  app.put(
    '/api/speech/offline',
    {
      schema: {
        tags,
        summary: 'Switch my offline rough draft on or off (used when I have no speech-to-text key; it needs pocketsphinx and ffmpeg on the server)',
        body: offlineSpeechPreferenceSchema,
        response: { 200: speechAvailabilitySchema },
      },
    },
    async (request) => setOfflineSpeech(deps, callerOf(request), request.body),
  );
  app.post(
    '/api/speech/transcriptions',
    {
      schema: {
        tags,
        summary: 'Transcribe a recording (multipart "audio" field: WebM, Ogg, WAV, MP3, MP4/M4A or FLAC) for me to correct; nothing is stored',
        consumes: ['multipart/form-data'],
        response: { 200: transcriptionSchema },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const upload = await readAudioUpload(request, deps.config.speech.maxBytes);
      return transcribeRecording(deps, caller, { audio: upload.audio, mimeType: upload.mimeType, signal: signalOfReply(reply) });
    },
  );
};

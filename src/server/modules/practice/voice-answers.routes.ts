import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { readAudioUpload, signalOfReply } from '#server/modules/speech/index.ts';
import { practiceAnswerParamsSchema, practiceSessionParamsSchema } from '#shared/contracts/practice.ts';
import { voiceAnswerDraftSchema } from '#shared/contracts/speech.ts';
import { draftVoiceAnswer, readAnswerAudio, type VoiceDeps } from './voice-answers.ts';

const tags = ['practice'];

export const voiceAnswersRoutes: FastifyPluginAsyncZod<{ deps: VoiceDeps }> = async (app, { deps }) => {
  await app.register(multipart);

  app.post(
    '/api/practice/sessions/:sessionId/answers/audio',
    {
      schema: {
        tags,
        summary: 'Transcribe a spoken answer (multipart "audio", optional "questionId") and keep the recording; submit the corrected text with its audioKey',
        consumes: ['multipart/form-data'],
        params: practiceSessionParamsSchema,
        response: { 200: voiceAnswerDraftSchema },
      },
    },
    async (request, reply) =>
      draftVoiceAnswer(deps, callerOf(request), request.params.sessionId, () => readAudioUpload(request, deps.speech.config.speech.maxBytes), signalOfReply(reply)),
  );
  app.get(
    '/api/practice/sessions/:sessionId/answers/:answerId/audio',
    {
      schema: {
        tags,
        summary: 'The recording of one of my spoken answers',
        params: practiceAnswerParamsSchema,
      },
    },
    async (request, reply) => {
      const { audio, mimeType } = await readAnswerAudio(deps, callerOf(request), request.params.sessionId, request.params.answerId);
      return reply.type(mimeType).header('cache-control', 'private, no-store').send(audio);
    },
  );
};

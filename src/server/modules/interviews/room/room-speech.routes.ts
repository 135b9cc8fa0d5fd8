import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAudioUpload, signalOfReply } from '#server/modules/speech/index.ts';
import { interviewParamsSchema } from '#shared/contracts/interviews.ts';
import { audioSegmentResultSchema, roomSpeechBodySchema, roomSpeechSchema, transcriptSegmentsSchema } from '#shared/contracts/room-speech.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { getRoomSpeech, listTranscript, setRoomSpeech, transcribeRoomAudio } from './room-speech.ts';
import { linkRoute, participantOf } from './room.routes.ts';

const tags = ['interview room'];
/** A microphone segment lasts seconds (~40 KB of WebM/Opus for 10 s): far past that it is not a segment. */
export const roomSegmentMaxBytes = 2 * 1024 * 1024;

/** Speech-to-text in the room (decision 041): the host's switch, microphone segments, the transcript as read. */
export const roomSpeechRoutes: FastifyPluginAsyncZod<{ deps: InterviewsDeps }> = async (app, { deps }) => {
  await app.register(multipart);

  app.get(
    '/api/interviews/:id/speech',
    { ...linkRoute, schema: { tags, summary: 'Whether speech-to-text is on in the room and what would transcribe (host side only)', params: interviewParamsSchema, response: { 200: roomSpeechSchema } } },
    async (request) => getRoomSpeech(deps, participantOf(request), request.params.id),
  );

  app.put(
    '/api/interviews/:id/speech',
    { ...linkRoute, schema: { tags, summary: 'Switch speech-to-text on or off for the room (host side only); the typed transcript works either way', params: interviewParamsSchema, body: roomSpeechBodySchema, response: { 200: roomSpeechSchema } } },
    async (request) => setRoomSpeech(deps, participantOf(request), request.params.id, request.body.enabled),
  );

  app.get(
    '/api/interviews/:id/transcript',
    { ...linkRoute, schema: { tags, summary: 'The transcript so far, with how each segment was made (typed, stt, stt_offline: rough) (host side only)', params: interviewParamsSchema, response: { 200: transcriptSegmentsSchema } } },
    async (request) => listTranscript(deps, participantOf(request), request.params.id),
  );

  app.post(
    '/api/interviews/:id/transcript/audio',
    {
      ...linkRoute,
      schema: {
        tags,
        summary: 'Transcribe a few seconds of my microphone (multipart "audio", "startMs", "endMs"); the speaker is my link or session; the audio is not kept',
        consumes: ['multipart/form-data'],
        params: interviewParamsSchema,
        response: { 202: audioSegmentResultSchema },
      },
    },
    async (request, reply) => {
      const read = () => readAudioUpload(request, Math.min(roomSegmentMaxBytes, deps.speech.config.speech.maxBytes));
      return reply.status(202).send(await transcribeRoomAudio(deps, participantOf(request), request.params.id, read, signalOfReply(reply)));
    },
  );
};

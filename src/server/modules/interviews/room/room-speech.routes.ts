import multipart from '@fastify/multipart';
import websocket from '@fastify/websocket';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bytesOf, readAudioUpload, signalOfReply } from '#server/modules/speech/index.ts';
import { interviewParamsSchema } from '#shared/contracts/interviews.ts';
import { isSameOriginRequest } from '#server/platform/security/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { audioSegmentResultSchema, roomSpeechBodySchema, roomStreamClientMessageSchema, type RoomStreamServerMessage, roomSpeechSchema, transcriptSegmentsSchema } from '#shared/contracts/room-speech.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { getRoomSpeech, listTranscript, setRoomSpeech, transcribeRoomAudio } from './room-speech.ts';
import { linkRoute, participantOf } from './room.routes.ts';
import { checkRoomStream, closeCodeOf, maxFrameBytes, streamRoomSpeech, type RoomStream } from './room-speech-stream.ts';

const tags = ['interview room'];
/** A microphone segment lasts seconds (~40 KB of WebM/Opus for 10 s): far past that it is not a segment. */
export const roomSegmentMaxBytes = 2 * 1024 * 1024;

/** Speech-to-text in the room (decision 041): the host's switch, microphone segments, the transcript as read. */
export const roomSpeechRoutes: FastifyPluginAsyncZod<{ deps: InterviewsDeps }> = async (app, { deps }) => {
  await app.register(multipart);
  await app.register(websocket, { options: { maxPayload: maxFrameBytes + 1024 } });

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

  app.get(
    '/api/interviews/:id/transcript/stream',
    {
      ...linkRoute,
      websocket: true,
      schema: { tags, summary: 'Live speech-to-text (WebSocket, decision 049): PCM frames in, interim lines and stored segments out; the speaker is my link or session', params: interviewParamsSchema },
      // Refused before the upgrade, as an HTTP answer: a page of another site, no or a revoked link, a closed room.
      preHandler: async (request) => {
        if (!isSameOriginRequest(request, deps.trustedOrigins)) throw new AppError('forbidden', 'Cross-site WebSocket refused: open the room from the Parley web app.');
        await checkRoomStream(deps, participantOf(request), request.params.id);
      },
    },
    async (socket, request) => {
      const frames: Buffer[] = [];
      const open: { stream?: RoomStream } = {};
      let gone = false;
      // Listeners first: a few frames that arrive while the provider's socket opens are kept and sent once it is open.
      let stopped = false;
      socket.on('message', (data, isBinary) => {
        if (isBinary) {
          const frame = bytesOf(data);
          if (open.stream) open.stream.audio(frame);
          else if (frames.length < 50) frames.push(frame);
          return;
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(bytesOf(data).toString('utf8'));
        } catch {
          parsed = undefined;
        }
        if (!roomStreamClientMessageSchema.safeParse(parsed).success) {
          socket.send(JSON.stringify({ type: 'error', message: 'Unknown message: send audio as binary frames and {"type":"stop"} to stop.' }));
          return;
        }
        stopped = true;
        open.stream?.stop();
      });
      socket.on('close', () => {
        gone = true;
        open.stream?.gone();
      });
      const client = {
        send: (message: RoomStreamServerMessage) => {
          if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
        },
        close: (code: number, reason: string) => socket.close(code, reason),
      };
      let stream: RoomStream;
      try {
        stream = await streamRoomSpeech(deps, participantOf(request), request.params.id, client);
      } catch (error) {
        // The link or the room changed between the upgrade and now; anything else is our fault, and logged.
        if (!(error instanceof AppError)) request.log.error({ err: error }, 'the live speech stream failed to start');
        client.send({ type: 'closed', reason: error instanceof AppError ? error.message : 'The live transcript could not start.' });
        client.close(error instanceof AppError ? closeCodeOf(error.code) : 1011, 'closed');
        return;
      }
      open.stream = stream;
      for (const frame of frames.splice(0)) stream.audio(frame);
      if (gone) stream.gone();
      else if (stopped) stream.stop();
    },
  );
};

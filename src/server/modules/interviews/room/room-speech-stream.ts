import { noStreamingKeyMessage, openTranscriptionStream, type StreamResult, type TranscriptionStream } from '#server/modules/speech/index.ts';
import { AppError, type AppErrorCode } from '#server/platform/errors.ts';
import { roomStreamCloseCodes, type RoomStreamServerMessage } from '#shared/contracts/room-speech.ts';
import type { TranscriptSpeaker } from '#shared/vocabulary.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import type { LiveRow } from './room.repo.ts';
import { speakerOf, speechCallerOf, toSegment } from './room-speech.ts';
import { requireOpenTranscript, storeSegment, type Participant } from './room.service.ts';

/** The socket as the use case sees it: messages out, and a close with a code. */
export type RoomStreamClient = { send: (message: RoomStreamServerMessage) => void; close: (code: number, reason: string) => void };

/** What the socket's owner feeds in: audio frames, a stop, the client going away. */
export type RoomStream = { audio: (pcm: Buffer) => void; stop: () => void; gone: () => void };

/** How often the link, the room and the switch are checked again: a revoked link is cut off within a second. */
export const streamRecheckMs = 500;
/** One frame is a fraction of a second of PCM (24 kHz × 2 bytes = 48 KB a second); far past that it is not a frame. */
export const maxFrameBytes = 96 * 1024;

/** Who may stream, and into which room: the link's role or the host side; consent given, room open, speech on. */
export async function checkRoomStream(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string): Promise<{ speaker: TranscriptSpeaker; live: LiveRow }> {
  const { speaker, live } = await speakerOf(deps, participant, interviewId);
  requireOpenTranscript(live);
  if (!live.speechOnAt) throw new AppError('conflict', 'Speech-to-text is off in this room: the host switches it on, or types the transcript.');
  return { speaker, live };
}

const closeCodes: Partial<Record<AppErrorCode, number>> = {
  unauthenticated: roomStreamCloseCodes.unauthenticated,
  forbidden: roomStreamCloseCodes.forbidden,
  not_found: roomStreamCloseCodes.notFound,
  conflict: roomStreamCloseCodes.conflict,
  unavailable: roomStreamCloseCodes.unavailable,
};

/** The socket's close code for a refusal; anything else is the provider failing. */
export function closeCodeOf(code: AppErrorCode): number {
  return closeCodes[code] ?? roomStreamCloseCodes.providerFailed;
}

/**
 * Live speech-to-text for one participant (decision 049): their microphone is relayed to the room owner's provider;
 * each final result is stored as a segment exactly as a typed or uploaded one (so `noteLive` runs), timed from the
 * candidate's acceptance like every segment; interim results are only shown to the host side, never stored.
 */
export async function streamRoomSpeech(deps: InterviewsDeps, participant: Participant | undefined, interviewId: string, client: RoomStreamClient): Promise<RoomStream> {
  const { speaker, live } = await checkRoomStream(deps, participant, interviewId);
  const hostSide = speaker === 'host';
  const offsetMs = Math.max(0, deps.now().getTime() - (live.consentAt ?? deps.now()).getTime());
  let ended = false;
  let stored: Promise<void> = Promise.resolve();
  let recheck: NodeJS.Timeout | undefined;

  const end = (code: number, message: RoomStreamServerMessage | undefined) => {
    if (ended) return;
    ended = true;
    clearTimeout(recheck);
    if (message) client.send(message);
    client.close(code, message?.type ?? 'done');
  };

  const store = async (result: StreamResult) => {
    const row = await storeSegment(deps, live, { speaker, text: result.text.slice(0, 5000), startMs: offsetMs + result.startMs, endMs: offsetMs + result.endMs, source: 'stt', confidence: null });
    if (hostSide && !ended) client.send({ type: 'segment', segment: toSegment(row) });
  };

  let stream: TranscriptionStream;
  try {
    stream = await openTranscriptionStream(deps.speech, speechCallerOf(live), {
      onResult: (result) => {
        if (!result.isFinal) {
          if (hostSide && !ended) client.send({ type: 'interim', text: result.text });
          return;
        }
        stored = stored.then(() => store(result)).catch((error: unknown) => deps.log.error({ err: error, interviewId }, 'a streamed segment was not stored'));
      },
      onError: (error) => end(roomStreamCloseCodes.providerFailed, { type: 'error', message: error.message }),
      onEnd: () => void stored.then(() => end(1000, undefined)),
    });
  } catch (error) {
    if (error instanceof AppError && error.message === noStreamingKeyMessage) {
      end(roomStreamCloseCodes.unavailable, { type: 'unavailable', reason: `${error.message} Recorded segments or the typed transcript serve instead.` });
    } else if (error instanceof AppError) {
      end(closeCodeOf(error.code), { type: 'error', message: `${error.message} Typing the transcript still works.` });
    } else throw error;
    return { audio: () => undefined, stop: () => undefined, gone: () => undefined };
  }
  if (ended) stream.close();
  else client.send({ type: 'ready', provider: stream.provider, sampleRate: stream.sampleRate, speaker });

  const watch = () => {
    recheck = setTimeout(() => {
      checkRoomStream(deps, participant, interviewId).then(
        () => {
          if (!ended) watch();
        },
        (error: unknown) => {
          stream.close();
          if (error instanceof AppError) end(closeCodeOf(error.code), { type: 'closed', reason: error.message });
          else {
            deps.log.error({ err: error, interviewId }, 'the live speech stream could not check its link');
            end(1011, { type: 'closed', reason: 'The live transcript stopped.' });
          }
        },
      );
    }, streamRecheckMs);
  };
  if (!ended) watch();

  return {
    audio: (pcm) => {
      if (ended) return;
      if (pcm.length > maxFrameBytes || pcm.length % 2 !== 0) {
        stream.close();
        end(1009, { type: 'error', message: `An audio frame must be 16-bit PCM of at most ${maxFrameBytes} bytes.` });
        return;
      }
      stream.sendAudio(pcm);
    },
    stop: () => stream.finish(),
    gone: () => {
      // The last words are still transcribed and stored; nobody is left to tell.
      stream.finish();
    },
  };
}

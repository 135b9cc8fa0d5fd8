import { z } from 'zod';
import { transcriptSources, transcriptSpeakers } from '#shared/vocabulary.ts';
import { transcriptionProviders } from './speech.ts';

/** Speech-to-text in the live room (decision 041): the host's switch, what it would use, and why not when it cannot. */

export const roomSpeechBodySchema = z.object({ enabled: z.boolean() }).strict();
export type RoomSpeechBody = z.infer<typeof roomSpeechBodySchema>;

export const roomSpeechSchema = z.object({
  enabled: z.boolean().describe('The host switched speech-to-text on for this room'),
  available: z.boolean().describe('A key or the offline rough draft can transcribe for this room now'),
  provider: z.enum(transcriptionProviders).nullable(),
  rough: z.boolean().describe('The offline engine transcribes: its segments are rough drafts'),
  reason: z.string().nullable().describe('Why speech-to-text is not available, and what to do'),
});
export type RoomSpeech = z.infer<typeof roomSpeechSchema>;

/** The timing beside an uploaded segment (multipart text fields), in ms since the room started on that browser. */
export const audioSegmentFieldsSchema = z
  .object({
    startMs: z.coerce.number().int('must be a whole number of ms').min(0, 'must be 0 or more'),
    endMs: z.coerce.number().int('must be a whole number of ms').min(0, 'must be 0 or more'),
  })
  .refine((timing) => timing.endMs > timing.startMs, { path: ['endMs'], message: 'must be after startMs' })
  .refine((timing) => timing.endMs - timing.startMs <= 60_000, { path: ['endMs'], message: 'a segment lasts at most 60 s' });
export type AudioSegmentFields = z.infer<typeof audioSegmentFieldsSchema>;

/** A transcript segment as the host side reads it; `stt_offline` segments are rough drafts. */
export const transcriptSegmentSchema = z.object({
  seq: z.number().int(),
  speaker: z.enum(transcriptSpeakers),
  text: z.string(),
  startMs: z.number().int().nullable(),
  endMs: z.number().int().nullable(),
  source: z.enum(transcriptSources),
  confidence: z.number().min(0).max(1).nullable(),
  createdAt: z.iso.datetime(),
});
export type TranscriptSegment = z.infer<typeof transcriptSegmentSchema>;
export const transcriptSegmentsSchema = z.array(transcriptSegmentSchema);

/** What an uploaded segment became: the stored segment, or none when nothing was heard in it. */
export const audioSegmentResultSchema = z.object({ segment: transcriptSegmentSchema.nullable() });
export type AudioSegmentResult = z.infer<typeof audioSegmentResultSchema>;

/**
 * The live speech socket (`GET /api/interviews/:id/transcript/stream`, decision 049). The client sends its microphone as
 * binary frames of 16-bit little-endian mono PCM at the `ready` message's rate, and `{"type":"stop"}` when it stops.
 */
export const roomStreamClientMessageSchema = z.object({ type: z.literal('stop') }).strict();
export type RoomStreamClientMessage = z.infer<typeof roomStreamClientMessageSchema>;

/** What the server says on the socket; interim lines and stored segments go to the host side only. */
export const roomStreamServerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), provider: z.enum(transcriptionProviders), sampleRate: z.number().int().positive(), speaker: z.enum(transcriptSpeakers) }),
  z.object({ type: z.literal('interim'), text: z.string() }),
  z.object({ type: z.literal('segment'), segment: transcriptSegmentSchema }),
  z.object({ type: z.literal('unavailable'), reason: z.string().describe('No key can stream: send segments (POST …/transcript/audio) or type') }),
  z.object({ type: z.literal('error'), message: z.string().describe('The provider failed or refused the key; typing still works') }),
  z.object({ type: z.literal('closed'), reason: z.string() }),
]);
export type RoomStreamServerMessage = z.infer<typeof roomStreamServerMessageSchema>;

/** Close codes of the live speech socket beyond 1000: the link stopped working, the room closed, the provider failed. */
export const roomStreamCloseCodes = { unauthenticated: 4401, forbidden: 4403, notFound: 4404, conflict: 4409, providerFailed: 4502, unavailable: 4503 } as const;

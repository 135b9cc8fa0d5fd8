import { z } from 'zod';

export const speechProviders = ['openai', 'deepgram'] as const;
export type SpeechProvider = (typeof speechProviders)[number];

/** Whether the caller can dictate answers, and if not, a sentence saying why and what to do. */
export const speechAvailabilitySchema = z.object({
  available: z.boolean(),
  provider: z.enum(speechProviders).optional(),
  reason: z.string().optional(),
});
export type SpeechAvailability = z.infer<typeof speechAvailabilitySchema>;

export const transcriptionSchema = z.object({
  text: z.string(),
  /** Length of the recording; null when neither the provider nor the file says (e.g. WebM through a JSON-only model). */
  durationMs: z.number().int().nonnegative().nullable(),
  provider: z.enum(speechProviders),
  model: z.string(),
});
export type Transcription = z.infer<typeof transcriptionSchema>;

/** A spoken answer, transcribed and stored but not submitted: the candidate corrects the transcript, then submits it. */
export const voiceAnswerDraftSchema = z.object({
  transcript: z.string(),
  durationMs: z.number().int().nonnegative().nullable(),
  /** Storage key of the recording; send it back with the corrected answer so the recording stays with it. */
  audioKey: z.string().regex(/^[0-9a-f]{64}$/),
  provider: z.enum(speechProviders),
});
export type VoiceAnswerDraft = z.infer<typeof voiceAnswerDraftSchema>;

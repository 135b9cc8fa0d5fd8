import { z } from 'zod';

/** The providers reached with a key (the caller's or the server's). */
export const speechProviders = ['openai', 'deepgram'] as const;
export type SpeechProvider = (typeof speechProviders)[number];

/** Every provider a transcript can come from: the keyed ones, and the offline rough draft (pocketsphinx, no key). */
export const transcriptionProviders = [...speechProviders, 'offline'] as const;
export type TranscriptionProvider = (typeof transcriptionProviders)[number];

/** The Debian packages offline transcription needs. */
export const offlineSpeechPackages = ['pocketsphinx', 'pocketsphinx-en-us', 'ffmpeg'] as const;

/** Whether the caller can dictate answers, and if not, a sentence saying why and what to do. */
export const speechAvailabilitySchema = z.object({
  available: z.boolean(),
  provider: z.enum(transcriptionProviders).optional(),
  reason: z.string().optional(),
  /** The offline rough draft: whether the caller switched it on (or the server made it the default), and what is missing to run it. */
  offline: z.object({
    enabled: z.boolean(),
    /** STT_PROVIDER=offline: on for everyone, the caller cannot switch it off. */
    serverDefault: z.boolean(),
    missingPackages: z.array(z.enum(offlineSpeechPackages)),
  }),
});
export type SpeechAvailability = z.infer<typeof speechAvailabilitySchema>;

export const offlineSpeechPreferenceSchema = z.object({ enabled: z.boolean() }).strict();
export type OfflineSpeechPreference = z.infer<typeof offlineSpeechPreferenceSchema>;

/** One recognised word with its place in the recording and the engine's confidence (0–1; null when it gives none). */
export const transcriptWordSchema = z.object({
  word: z.string(),
  startMs: z.number().int().nonnegative(),
  endMs: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1).nullable(),
});
export type TranscriptWord = z.infer<typeof transcriptWordSchema>;

export const transcriptionSchema = z.object({
  text: z.string(),
  /** Length of the recording; null when neither the provider nor the file says (e.g. WebM through a JSON-only model). */
  durationMs: z.number().int().nonnegative().nullable(),
  provider: z.enum(transcriptionProviders),
  model: z.string(),
  /** An offline rough draft for the candidate to correct: words per minute and fillers measured on it are estimates. */
  roughDraft: z.boolean(),
  /** Word by word with confidence, when the provider gives it (the offline engine does). */
  words: z.array(transcriptWordSchema).optional(),
});
export type Transcription = z.infer<typeof transcriptionSchema>;

/** A spoken answer, transcribed and stored but not submitted: the candidate corrects the transcript, then submits it. */
export const voiceAnswerDraftSchema = z.object({
  transcript: z.string(),
  durationMs: z.number().int().nonnegative().nullable(),
  /** Storage key of the recording; send it back with the corrected answer so the recording stays with it. */
  audioKey: z.string().regex(/^[0-9a-f]{64}$/),
  provider: z.enum(transcriptionProviders),
  roughDraft: z.boolean(),
  words: z.array(transcriptWordSchema).optional(),
});
export type VoiceAnswerDraft = z.infer<typeof voiceAnswerDraftSchema>;

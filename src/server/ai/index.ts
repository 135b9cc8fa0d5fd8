export { budgetReachedReason, createAiEngine, type AiEngine, type AiEngineDeps, type CheckBudget } from './engine.ts';
export type { EngineSelection } from './engine-selection.ts';
export type { AiTextStream, TextStreamRequest } from './engine-stream.ts';
export {
  createCredentialResolver,
  credentialsFromConfig,
  credentialsFromStoredKey,
  defaultModels,
  type CredentialOwner,
  type CredentialResolverDeps,
  type CredentialSource,
  type LlmCredentials,
  type ResolveCredentials,
  type ServerLlmChoice,
  type StoredLlmKey,
} from './credentials.ts';
export { defineTask, type AiTask, type AnyAiTask, type LlmPrompt, type OfflineContext, type TaskInput, type TaskOutput } from './task.ts';
export type { AiMeta, AiResult, AiRunContext, EngineChoice, EngineName, LlmProviderName, TokenUsage } from './types.ts';
export { createEmbedder, type Embedder, type EmbeddingSettings } from '#server/ai/providers/index.ts';
export { testCredentials, type ChatMessage, type CredentialCheck, type TestableCredentials, type TestCredentialsOptions } from '#server/ai/providers/index.ts';
export { skipUsage, type AiUsageEvent, type RecordUsage } from '#server/ai/usage/index.ts';
export * from '#server/ai/tasks/index.ts';

// Deterministic pieces with no LLM counterpart, which modules and the CLI use directly (anything that needs judgement
// is a task above). Everything else under offline/, providers/ and tasks/ is internal (ESLint keeps it so).
/** Reading files: PDF (OCR for scans), DOCX, TXT, Markdown, JSON Resume; the type from the content; stable error codes. */
export {
  defaultMaxDocumentBytes,
  detectDocumentType,
  DocumentError,
  documentReaderCount,
  findJsonResumeProblem,
  jsonResumeLimits,
  readDocument,
  warmDocumentReaders,
  type DocumentContent,
  type DocumentErrorCode,
  type DocumentFormat,
  type DocumentInput,
} from '#server/ai/offline/documents/index.ts';
/** The skills taxonomy: canonical names and spans of the skills a text names (the LLM's reading is extractSkillsTask). */
export { extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
/** A JSON Resume's work history on a month scale: years worked, overlaps counted once, a current job up to `now`. */
export { countYears, monthsOf, readWorkSpans, toMonths, type WorkSpan } from '#server/ai/offline/match/work-history.ts';
/** The interviewer's starting state for planned questions (what nextTurnTask takes). */
export { planInterview } from '#server/ai/offline/interviewer/plan-interview.ts';
/** The one interview rating (decision 048): a transcript's continuous 1–5 rating, and a whole spoken interview reviewed. */
export { createTextAnalyser, type AnalyseText } from '#server/ai/offline/evaluation/analyse-text.ts';
export { rateTranscript, type TranscriptRating } from '#server/ai/offline/review/rate-transcript.ts';
export {
  reviewTranscript,
  transcriptReviewInputSchema,
  type QuestionReview,
  type TranscriptReview,
  type TranscriptReviewInput,
} from '#server/ai/offline/review/review-transcript.ts';
/** Delivery measures of an answer: words, sentences, fillers, a length verdict. */
export { measureText, type TextMetrics } from '#server/ai/offline/evaluation/measure-text.ts';
/** Blind screening: the one masker of personal details, length-preserving so offsets into a text stay valid. */
export {
  createPersonalDataMasker,
  maskPersonalData,
  personalDetailsOf,
  type PersonalDataMasker,
  type PersonalDetails,
  type TextSpan,
} from '#server/ai/offline/blind/mask-personal-data.ts';

import type { MatchResult } from '#shared/ai/match.ts';
import type { ParsedResume } from '#shared/ai/resume.ts';
import type { JobRequirements } from '#shared/contracts/hiring.ts';

/** A file to read as a CV. */
export type CvFile = { bytes: Uint8Array; fileName: string; mimeType?: string };

export type JobText = { title: string; description: string };

/** The score of one parsed CV against one job's requirements (the engine's match result, unmasked). */
export type MatchOutcome = Pick<MatchResult, 'score' | 'recommendation' | 'components' | 'matched' | 'missing' | 'missingNiceToHave' | 'additional' | 'reasoning' | 'evidence'>;

export type AiCaller = { userId?: string; workspaceId?: string };

/**
 * Everything hiring asks of the AI engine, in one place: the module reaches the engine only through an implementation
 * of this type (create-hiring-ai.ts), so tests or another engine can stand in.
 */
export type HiringAi = {
  parseRequirements(job: JobText, ctx: AiCaller): Promise<JobRequirements>;
  /** Reads and parses a CV; throws a DocumentError (code no_text_layer, unreadable_document, unsupported_type, empty_file…). */
  parseCv(file: CvFile, ctx: AiCaller): Promise<ParsedResume>;
  matchCv(resume: ParsedResume, job: JobText & { requirements: JobRequirements }, ctx: AiCaller): Promise<MatchOutcome>;
  /** Many CVs against one job for one caller, in order: the engine chosen once, the usage booked in one write (a rescore's chunk). */
  matchCvs(resumes: readonly ParsedResume[], job: JobText & { requirements: JobRequirements }, ctx: AiCaller): Promise<MatchOutcome[]>;
  /** Which engine this caller's CVs go to now: offline work is spread over the cores, an LLM's is the provider's. */
  engineFor(ctx: AiCaller): Promise<'offline' | 'llm'>;
};

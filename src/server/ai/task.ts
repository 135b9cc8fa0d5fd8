import type { z } from 'zod';
import type { AnalyseText } from '#server/ai/offline/evaluation/analyse-text.ts';
import type { ParseLimits } from '#server/ai/offline/documents/index.ts';
import type { ResumeNlp } from '#server/ai/offline/resume/resume-nlp.ts';
import type { ReadMatchJob } from '#server/ai/offline/match/read-match-job.ts';
import type { Logger } from '#server/platform/logger.ts';

/**
 * What a task's offline function (and its `llmInput`) may use besides its input. The engine builds one for its lifetime,
 * so what offline tasks remember (recent analyses, judged names) belongs to that engine, never to the process.
 */
export type OfflineContext = {
  log: Logger;
  /** The engine's clock: the only "today" of any task (recency, a current job's end, tenures). */
  now: () => Date;
  /** Text analysis that remembers the engine's recent texts. */
  analyseText: AnalyseText;
  /** The resume parser's NLP, with the engine's memo of the names it has judged. */
  resumeNlp: ResumeNlp;
  /** The matcher's reading of a job (occupations, vectors), remembered for the engine's recent jobs. */
  readMatchJob: ReadMatchJob;
  /** How long, and with how much memory, one PDF or DOCX may be read before it fails with `too_complex`. */
  documentLimits: ParseLimits;
};

/** The two messages the LLM engine sends for a task; the engine appends the JSON Schema of what it expects back. */
export type LlmPrompt = {
  system: string;
  prompt: string;
};

/**
 * One AI capability, answered by either engine; callers always get `output`, validated by the one output schema.
 *
 * The LLM path may differ in what it exchanges with the model, never in what it returns:
 * - `llmInput` prepares what the prompt needs (parseResume extracts the document's text first, matchResume computes the
 *   score); it gets the same context as `offline`. Default: the input.
 * - `llmOutput` is a narrower schema for what the model writes, when some fields must not come from a model
 *   (character offsets, the raw text); `finishLlm` then builds the real output from it. Default: `output` itself.
 */
export type AiTask<
  TInput extends z.ZodType = z.ZodType,
  TOutput extends z.ZodType = z.ZodType,
  TLlmInput = z.output<TInput>,
  TLlmOutput extends z.ZodType = TOutput,
> = {
  name: string;
  input: TInput;
  output: TOutput;
  offline(input: z.output<TInput>, ctx: OfflineContext): z.output<TOutput> | Promise<z.output<TOutput>>;
  llmInput?(input: z.output<TInput>, ctx: OfflineContext): TLlmInput | Promise<TLlmInput>;
  prompt(input: TLlmInput): LlmPrompt;
  llmOutput?: TLlmOutput;
  finishLlm?(output: z.output<TLlmOutput>, input: TLlmInput): z.output<TOutput>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any task, whatever its schemas
export type AnyAiTask = AiTask<any, any, any, any>;

export type TaskInput<T extends AnyAiTask> = z.input<T['input']>;
export type TaskOutput<T extends AnyAiTask> = z.output<T['output']>;

/** Identity helper so a task file gets its types inferred from the schemas. */
export function defineTask<TInput extends z.ZodType, TOutput extends z.ZodType, TLlmInput = z.output<TInput>, TLlmOutput extends z.ZodType = TOutput>(
  task: AiTask<TInput, TOutput, TLlmInput, TLlmOutput>,
): AiTask<TInput, TOutput, TLlmInput, TLlmOutput> {
  return task;
}

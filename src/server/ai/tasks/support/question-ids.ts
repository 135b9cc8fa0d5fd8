import type { z } from 'zod';
import { questionSchema, type Question } from '#shared/ai/questions.ts';
import { questionIdFor } from '#server/ai/offline/questions/seeded-random.ts';
import { verbatim } from './find-verbatim.ts';

/** A question as a model writes it: everything but the id, which is a hash of the text. */
export const llmQuestionSchema = questionSchema.omit({ id: true });
export type LlmQuestion = z.infer<typeof llmQuestionSchema>;

export type QuestionSources = { resume?: string; job_description?: string; focus_skill?: string };

/**
 * Gives each question its stable id, drops duplicates, and keeps a `basedOn` quote only when the resume or job
 * description really says it (so "Your resume mentions…" is never made up).
 */
export function finishQuestions(questions: readonly LlmQuestion[], sources: QuestionSources, limit: number): Question[] {
  const seen = new Set<string>();
  const finished: Question[] = [];
  for (const question of questions) {
    const id = questionIdFor(question.text);
    if (seen.has(id)) continue;
    seen.add(id);
    const { basedOn, ...rest } = question;
    const quote = basedOn ? verbatim(sources[basedOn.source] ?? '', basedOn.quote) : null;
    finished.push({ id, ...rest, ...(basedOn && quote ? { basedOn: { source: basedOn.source, quote } } : {}) });
    if (finished.length >= limit) break;
  }
  return finished;
}

import { interviewStages, type InterviewState } from '#shared/ai/interview.ts';
import type { Question } from '#shared/ai/questions.ts';

/** A fresh interview state whose stage budgets fit the planned questions (one budget slot per question). */
export function planInterview(questions: readonly Question[], options: { candidateName?: string; role?: string; nextSteps?: string } = {}): InterviewState {
  const stages = interviewStages.map((stage) => ({ stage, budget: questions.filter((question) => question.stage === stage).length }));
  return { ...options, stages, questions: [...questions], turns: [], skippedStages: [], endedBy: null };
}

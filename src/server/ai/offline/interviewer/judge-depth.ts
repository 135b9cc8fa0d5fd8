import { analyseText, type AnalyseText } from '#server/ai/offline/evaluation/analyse-text.ts';
import { evaluateAnswer } from '#server/ai/offline/evaluation/evaluate-answer.ts';
import type { InterviewStage } from '#shared/ai/interview.ts';

export type DepthGap = 'too_short' | 'no_action' | 'no_ownership' | 'no_result' | 'no_specifics';
export type DepthJudgement = { thin: boolean; gap: DepthGap | null; quote: string | null };

const probingStages: ReadonlySet<InterviewStage> = new Set(['experience', 'technical', 'behavioural']);

/**
 * Whether an answer deserves a follow-up, and what is missing. Story stages need an action, the candidate's own part,
 * a result and something concrete; the introduction only needs enough words; the closing never gets a follow-up.
 */
export function judgeDepth(question: string, answer: string, stage: InterviewStage, analyse: AnalyseText = analyseText): DepthJudgement {
  if (stage === 'closing' || stage === 'welcome') return { thin: false, gap: null, quote: null };
  const evaluation = evaluateAnswer({ question: { text: question }, answer }, analyse);
  const words = evaluation.length.words;
  const firstSentence = answer.trim().split(/(?<=[.!?])\s+/)[0] ?? null;
  if (stage === 'introduction') return words < 15 ? { thin: true, gap: 'too_short', quote: null } : { thin: false, gap: null, quote: null };
  if (!probingStages.has(stage)) return { thin: false, gap: null, quote: null };
  if (words < 20) return { thin: true, gap: 'too_short', quote: null };
  const { star, specificity, ownership } = evaluation;
  // "We did X" everywhere and "I" nowhere hides the candidate's part, however detailed the story.
  if (ownership.i === 0 && ownership.we >= 2) return { thin: true, gap: 'no_ownership', quote: star.action ?? firstSentence };
  if (!star.action) return { thin: true, gap: 'no_action', quote: firstSentence };
  if (!star.result) return { thin: true, gap: 'no_result', quote: star.action ?? firstSentence };
  const concrete = specificity.numbers.length + specificity.namedSkills.length;
  if (concrete === 0) return { thin: true, gap: 'no_specifics', quote: star.result };
  return { thin: false, gap: null, quote: null };
}

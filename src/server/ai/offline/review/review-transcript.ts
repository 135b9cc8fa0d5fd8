import { z } from 'zod';
import { analyseText, type AnalyseText } from '#server/ai/offline/evaluation/analyse-text.ts';
import { evaluateAnswer } from '#server/ai/offline/evaluation/evaluate-answer.ts';
import { pairTurns } from './pair-turns.ts';
import { rateAnswer, rateInterview, ratingWordOf } from './rate-answer.ts';

/** One line of `parley review --jsonl`: a whole interview transcript. */
export const transcriptReviewInputSchema = z.object({
  id: z.union([z.string(), z.number()]),
  turns: z
    .array(z.object({ role: z.enum(['interviewer', 'candidate']), text: z.string().max(50_000) }))
    .min(1, 'the transcript has no turns')
    .max(2_000),
});
export type TranscriptReviewInput = z.infer<typeof transcriptReviewInputSchema>;

export type QuestionReview = {
  question: string;
  followUps: string[];
  answerTurns: number;
  words: number;
  /** 1–5, continuous. */
  rating: number;
  ratingWord: string;
  parts: { substance: number; story: number; relevance: number; fluency: number; length: number };
  figures: string[];
  starParts: string[];
  disfluenciesPer100Words: number;
};

export type TranscriptReview = { id: string | number; rating: number; ratingWord: string; perQuestion: QuestionReview[]; summary: string };

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Offline whole-interview review: pairs the turns, rates each answer with the shared rating, and says why in one paragraph. */
export function reviewTranscript(input: TranscriptReviewInput, analyse: AnalyseText = analyseText): TranscriptReview {
  const perQuestion = pairTurns(input.turns).map((exchange): QuestionReview => {
    const evaluation = evaluateAnswer({ question: { text: exchange.question }, answer: exchange.answer }, analyse);
    const rated = rateAnswer(exchange.question, exchange.answer, evaluation);
    return {
      question: exchange.question,
      followUps: exchange.followUps,
      answerTurns: exchange.answerTurns,
      words: evaluation.length.words,
      rating: round(rated.rating),
      ratingWord: ratingWordOf(rated.rating),
      parts: { substance: round(rated.parts.substance, 2), story: round(rated.parts.story, 2), relevance: round(rated.parts.relevance, 2), fluency: round(rated.parts.fluency, 2), length: round(rated.parts.length, 2) },
      figures: evaluation.specificity.numbers,
      starParts: (['situation', 'task', 'action', 'result'] as const).filter((part) => evaluation.star[part] !== null),
      disfluenciesPer100Words: rated.disfluencies.per100Words,
    };
  });
  const rating = round(rateInterview(perQuestion.map((item) => item.rating)));
  return { id: input.id, rating, ratingWord: ratingWordOf(rating), perQuestion, summary: summarize(perQuestion, rating) };
}

const partNames = { substance: 'specifics (figures, tools, actions)', story: 'stories that end in an outcome', relevance: 'relevance to the question', fluency: 'fluency', length: 'fuller answers' } as const;

function summarize(items: readonly QuestionReview[], rating: number): string {
  if (items.length === 0) return 'No interview question was found in the transcript, so there is nothing to rate.';
  const answered = items.filter((item) => item.words > 0);
  const mean = (key: keyof QuestionReview['parts']) => answered.reduce((sum, item) => sum + item.parts[key], 0) / Math.max(1, answered.length);
  const ranked = (Object.keys(partNames) as (keyof typeof partNames)[]).map((key) => ({ key, value: mean(key) })).sort((a, b) => b.value - a.value);
  const best = ranked[0];
  const worst = ranked.at(-1);
  const fillerRate = answered.reduce((sum, item) => sum + item.disfluenciesPer100Words * item.words, 0) / Math.max(1, answered.reduce((sum, item) => sum + item.words, 0));
  const withResult = answered.filter((item) => item.starParts.includes('result')).length;
  return [
    `${answered.length} of ${items.length} question${items.length === 1 ? '' : 's'} answered; rating ${rating.toFixed(1)}/5 (${ratingWordOf(rating)}).`,
    best && answered.length > 0 ? `Strongest: ${partNames[best.key]}.` : '',
    worst && answered.length > 0 && worst !== best ? `Weakest: ${partNames[worst.key]}.` : '',
    `${withResult} answer${withResult === 1 ? '' : 's'} stated a result; ${fillerRate.toFixed(1)} fillers, restarts or hedges per 100 words.`,
  ]
    .filter(Boolean)
    .join(' ');
}

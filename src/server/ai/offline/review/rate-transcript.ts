import { analyseText, type AnalyseText } from '#server/ai/offline/evaluation/analyse-text.ts';
import { evaluateAnswer } from '#server/ai/offline/evaluation/evaluate-answer.ts';
import type { AnswerEvaluation, Transcript } from '#shared/ai/interview.ts';
import { rateAnswer, rateInterview } from './rate-answer.ts';

export type TranscriptRating = { rating: number; perQuestion: { question: string; rating: number }[] };

/**
 * The rating of a practice or live interview's transcript, the same as `parley review` gives: a follow-up's answer
 * joins the answer of the question it follows (a short "about 40%" to "by how much?" completes a story, it is not a
 * weak answer of its own), each planned question is rated once, and the interview is their mean.
 */
export function rateTranscript(transcript: Transcript, analyse: AnalyseText = analyseText): TranscriptRating {
  const groups: { question: string; entries: Transcript }[] = [];
  for (const entry of transcript) {
    const last = groups.at(-1);
    if (entry.question.followUp && last) last.entries.push(entry);
    else groups.push({ question: entry.question.text, entries: [entry] });
  }
  const perQuestion = groups.map(({ question, entries }) => {
    const said = entries.filter((entry) => entry.answer.trim() !== '');
    const answer = said.map((entry) => entry.answer.trim()).join(' ');
    const first = entries[0];
    const stored: AnswerEvaluation | undefined = first && said.length === 1 && said[0] === first ? first.evaluation : undefined;
    const evaluation = stored ?? evaluateAnswer({ question: { text: question, ...(first?.question.competency ? { competency: first.question.competency } : {}) }, answer }, analyse);
    return { question, rating: rateAnswer(question, answer, evaluation).rating };
  });
  return { rating: rateInterview(perQuestion.map((item) => item.rating)), perQuestion };
}

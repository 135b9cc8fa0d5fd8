import { analyseText, type AnalyseText } from '#server/ai/offline/evaluation/analyse-text.ts';
import { evaluateAnswer } from '#server/ai/offline/evaluation/evaluate-answer.ts';
import { ratingWordOf } from '#server/ai/offline/review/rate-answer.ts';
import { rateTranscript } from '#server/ai/offline/review/rate-transcript.ts';
import { interviewReportSchema, type InterviewReport, type Transcript } from '#shared/ai/interview.ts';
import type { Competency } from '#shared/ai/questions.ts';
import { findImprovements, findStrengths, type Scored } from './find-improvements.ts';
import { planPractice } from './plan-practice.ts';
import { rewriteWeakestAnswer } from './rewrite-answer.ts';

/** Offline summarizeInterview: the whole-interview report, every claim backed by the candidate's own words. */
export function summarizeInterview(transcript: Transcript, analyse: AnalyseText = analyseText, questionCount?: number): InterviewReport {
  const items: Scored[] = transcript.map((entry) => ({
    question: entry.question.text,
    answer: entry.answer,
    evaluation: entry.evaluation ?? evaluateAnswer({ question: entry.question, answer: entry.answer }, analyse),
  }));
  // The one interview rating (decision 048), shared with `parley review` and the hiring review; the report keeps it rounded.
  const scored = rateTranscript(transcript.map((entry, index) => ({ ...entry, evaluation: items[index]?.evaluation })), analyse);
  const rating = Math.max(1, Math.min(5, Math.round(scored.rating)));
  const ratingWord = ratingWordOf(scored.rating);
  const competencies = tabulateCompetencies(items);
  const strengths = findStrengths(items);
  const improvements = findImprovements(items);
  const weakest = [...competencies].filter((entry) => entry.score < 4).sort((a, b) => a.score - b.score).map((entry) => entry.competency);
  const report: InterviewReport = {
    headline: writeHeadline(ratingWord, strengths[0]?.key, improvements[0]?.key),
    summary: writeSummary(items, countQuestions(transcript, questionCount), rating, ratingWord, competencies),
    rating,
    ratingWord,
    competencies,
    strengths: strengths.map(({ text, quote }) => ({ text, quote })),
    improvements: improvements.map(({ text, technique, quote }) => ({ text, technique, quote })),
    rewrite: rewriteWeakestAnswer(items),
    suggestions: writeSuggestions(improvements.map((item) => item.technique), weakest),
    practicePlan: planPractice(improvements, weakest),
    perAnswer: transcript.map((entry, index) => ({ ...(entry.question.id ? { questionId: entry.question.id } : {}), overall: items[index]?.evaluation.overall ?? 1 })),
  };
  return interviewReportSchema.parse(report);
}

function tabulateCompetencies(items: readonly Scored[]): InterviewReport['competencies'] {
  const table = new Map<Competency, { total: number; count: number; best: number; quote: string | null }>();
  for (const item of items) {
    for (const score of item.evaluation.competencies) {
      const row = table.get(score.competency) ?? { total: 0, count: 0, best: 0, quote: null };
      row.total += score.score;
      row.count += 1;
      if (score.score > row.best && score.quote) {
        row.best = score.score;
        row.quote = score.quote;
      }
      table.set(score.competency, row);
    }
  }
  return [...table.entries()].map(([competency, row]) => ({ competency, score: Math.round((row.total / row.count) * 10) / 10, quote: row.quote }));
}

const strengthLabels: Record<string, string> = {
  quantified: 'results backed by numbers',
  structure: 'well-structured stories',
  ownership: 'clear personal ownership',
  specific: 'specific, named skills',
  relevant: 'on-topic answers',
};
const improvementLabels: Record<string, string> = {
  result: 'finish each story with its result',
  numbers: 'quantify the impact',
  ownership: 'say "I" for your own actions',
  fillers: 'cut the filler words',
  context: 'set the scene first',
  short: 'give fuller answers',
  long: 'tighten long answers',
  relevance: 'answer the question asked',
  action: 'detail your actions',
};

function writeHeadline(word: string, strength: string | undefined, improvement: string | undefined): string {
  const good = strength ? (strengthLabels[strength] ?? `strong ${strength.replace('competency:', '').replace(/_/g, ' ')}`) : null;
  const fix = improvement ? improvementLabels[improvement] : null;
  return [`${word}`, good ? `: ${good}` : '', fix ? `${good ? '; next' : ': next'}, ${fix}` : ''].join('');
}

type QuestionCounts = { planned: number; answered: number; followUps: number };

/** Planned questions and follow-ups counted apart: a session of 3 questions reports 3, however many follow-ups it had. */
function countQuestions(transcript: Transcript, questionCount: number | undefined): QuestionCounts {
  const said = (entry: Transcript[number]) => entry.answer.trim() !== '';
  const main = transcript.filter((entry) => !entry.question.followUp);
  const answered = new Set(main.filter(said).map((entry, index) => entry.question.id ?? `#${index}`)).size;
  const followUps = transcript.filter((entry) => entry.question.followUp && said(entry)).length;
  return { planned: Math.max(questionCount ?? 0, main.length, answered), answered, followUps };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function writeSummary(items: readonly Scored[], counts: QuestionCounts, rating: number, word: string, competencies: InterviewReport['competencies']): string {
  if (counts.answered === 0 && counts.followUps === 0) return `No answers were given to the ${plural(counts.planned, 'question')}, so there is nothing to assess yet.`;
  const sorted = [...competencies].sort((a, b) => b.score - a.score);
  const top = sorted[0];
  const low = sorted.at(-1);
  const withResult = items.filter((item) => item.evaluation.star.result).length;
  const withNumbers = items.filter((item) => item.evaluation.specificity.numbers.length > 0).length;
  const parts = [
    `You answered ${counts.answered} of ${plural(counts.planned, 'question')}${counts.followUps > 0 ? ` and ${plural(counts.followUps, 'follow-up')}` : ''}; overall rating ${rating}/5 (${word}).`,
    top ? `Strongest area: ${top.competency.replace(/_/g, ' ')} (${top.score}/5).` : '',
    low && low !== top ? `Area to develop: ${low.competency.replace(/_/g, ' ')} (${low.score}/5).` : '',
    `${withResult} answer${withResult === 1 ? '' : 's'} stated a result and ${withNumbers} used figures.`,
  ];
  return parts.filter(Boolean).join(' ');
}

function writeSuggestions(techniques: readonly string[], weakest: readonly Competency[]): string[] {
  const suggestions = techniques.map((technique) => `Practise this: ${technique}.`);
  const focus = weakest[0];
  if (focus) suggestions.push(`Prepare two new stories that show ${focus.replace(/_/g, ' ')}, and rehearse them out loud.`);
  suggestions.push('Before your next interview, re-read the job description and match each requirement to one of your stories.');
  return suggestions;
}

import type { AnswerEvaluation } from '#shared/ai/interview.ts';
import { questionKind } from '#server/ai/offline/evaluation/question-kind.ts';
import { isOffTopic } from '#server/ai/offline/evaluation/score-answer.ts';

export type Scored = { question: string; answer: string; evaluation: AnswerEvaluation };
export type Improvement = { key: string; text: string; technique: string; quote: string | null; weight: number };
export type Strength = { key: string; text: string; quote: string; weight: number };

const answered = (items: readonly Scored[]): Scored[] => items.filter((item) => item.evaluation.length.verdict !== 'empty');
/** Whether the question asks for a story ("tell me about a time"), where STAR advice fits; not "why this role?" or "tell me about yourself". */
export const asksForStory = (item: Scored): boolean => questionKind(item.question, item.evaluation.competencies[0]?.competency) === 'story';
const offTopic = (item: Scored): boolean =>
  isOffTopic({ relevance: item.evaluation.relevance.score, star: item.evaluation.star, length: item.evaluation.length.verdict, words: item.evaluation.length.words });
const figure = /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|half|double|twice|triple)\b/i;
/** The answer's first sentence that carries a figure, the result's when it has one. */
function sentenceWithFigure(item: Scored): string | null {
  const result = item.evaluation.star.result;
  if (result && figure.test(result)) return result;
  return item.answer.split(/(?<=[.!?])\s+/).find((sentence) => figure.test(sentence) && item.evaluation.specificity.numbers.some((number) => sentence.includes(number))) ?? null;
}

/** Strengths the answers actually show, each proven by a verbatim quote; none is claimed without one. */
export function findStrengths(items: readonly Scored[]): Strength[] {
  const found: Strength[] = [];
  for (const item of answered(items)) {
    const { star, specificity, ownership, relevance, starCoverage } = item.evaluation;
    const quantified = star.result && specificity.numbers.length > 0 ? sentenceWithFigure(item) : null;
    if (quantified) found.push({ key: 'quantified', text: 'You quantified your results, which makes your impact easy to believe and remember.', quote: quantified, weight: 5 });
    if (starCoverage >= 3 && star.action && asksForStory(item)) found.push({ key: 'structure', text: 'Your stories had a clear structure: context, what you did, and what came of it.', quote: star.action, weight: 4 + starCoverage / 10 });
    if (ownership.i >= 2 && ownership.ratio >= 0.6 && star.action) found.push({ key: 'ownership', text: 'You made your own contribution clear, speaking about what you did rather than only the team.', quote: star.action, weight: 3.5 });
    const skill = specificity.namedSkills[0];
    const skillSentence = skill ? findSentenceWith(item.answer, skill) : null;
    if (skillSentence) found.push({ key: 'specific', text: `You named the specific tools you used (${specificity.namedSkills.slice(0, 3).join(', ')}).`, quote: skillSentence, weight: 3 });
    const best = item.evaluation.competencies[0];
    if (best && best.score >= 4 && best.quote) found.push({ key: `competency:${best.competency}`, text: `You showed strong ${best.competency.replace(/_/g, ' ')}.`, quote: best.quote, weight: 2.5 + best.score / 10 });
    if (relevance.score >= 0.5 && !offTopic(item) && (star.action ?? star.result)) found.push({ key: 'relevant', text: 'You answered the question that was asked and stayed on topic.', quote: (star.action ?? star.result) as string, weight: 1 });
  }
  return pickDistinct(found, 3);
}

function findSentenceWith(answer: string, skill: string): string | null {
  const first = skill.split(' ')[0]?.toLowerCase() ?? '';
  return answer.split(/(?<=[.!?])\s+/).find((sentence) => sentence.toLowerCase().includes(first)) ?? null;
}

/** Improvements ranked by how many answers need them, each with a concrete technique. */
export function findImprovements(items: readonly Scored[]): Improvement[] {
  const list = answered(items);
  const share = (test: (item: Scored) => boolean): Scored[] => list.filter(test);
  const stories = (test: (item: Scored) => boolean): Scored[] => list.filter((item) => asksForStory(item) && test(item));
  const candidates: Improvement[] = [];
  const add = (key: string, matching: Scored[], text: string, technique: string, quoteOf: (item: Scored) => string | null): void => {
    if (matching.length === 0) return;
    const first = matching[0] as Scored;
    candidates.push({ key, text: `${text} (${matching.length} of ${list.length} answers).`, technique, quote: quoteOf(first), weight: matching.length / Math.max(1, list.length) });
  };
  add('result', stories((item) => !item.evaluation.star.result), 'End each story with its result: say what changed because of what you did', 'STAR: finish with the Result, and say how you measured it', (item) => item.evaluation.star.action);
  add('numbers', stories((item) => item.evaluation.specificity.numbers.length === 0), 'Put numbers on your impact', 'Quantify results: time saved, % change, money, people or cases affected', (item) => item.evaluation.star.result ?? item.evaluation.star.action);
  add('ownership', share((item) => item.evaluation.ownership.we > item.evaluation.ownership.i), 'Make your own part explicit; "we" hides what you did', 'CAR (Context, Action, Result) told with "I" statements for your actions', (item) => item.evaluation.star.action ?? firstSentence(item.answer));
  add('fillers', share((item) => item.evaluation.fillers.per100Words >= 3), 'Reduce filler words such as "um", "like" and "basically"', 'Pause instead of filling: record yourself, count fillers, and replace each with a one-second pause', (item) => firstSentence(item.answer));
  add('context', stories((item) => !item.evaluation.star.situation && !item.evaluation.star.task), 'Set the scene before the action', 'Open with one or two sentences of Situation and Task (STAR)', (item) => firstSentence(item.answer));
  add('short', share((item) => item.evaluation.length.verdict === 'too_short'), 'Give fuller answers; short replies cannot show your skills', 'Aim for 60–90 seconds per story using STAR', (item) => firstSentence(item.answer));
  add('long', share((item) => item.evaluation.length.verdict === 'too_long'), 'Tighten long answers', 'Headline first (BLUF): answer in one sentence, then give the supporting story', (item) => firstSentence(item.answer));
  add('relevance', share(offTopic), 'Answer the question that was asked', 'Restate the question in your first sentence and tie the ending back to it', (item) => firstSentence(item.answer));
  add('action', stories((item) => !item.evaluation.star.action), 'Describe your actions step by step', 'STAR: spend most of the answer on the Action, in the order you took the steps', (item) => firstSentence(item.answer));
  const ranked = pickDistinct(candidates, 4);
  // Always leave the candidate with at least three things to work on; these general habits never claim a quote.
  const general: Improvement[] = [
    { key: 'story-bank', text: 'Prepare a bank of five or six stories that cover different competencies', technique: 'Story bank: one STAR story per competency, rehearsed out loud', quote: null, weight: 0 },
    { key: 'reflection', text: 'Add what you learned or would do differently at the end of a story', technique: 'STAR-L: Situation, Task, Action, Result, Learning', quote: null, weight: 0 },
    { key: 'research', text: 'Link your examples to what the role needs', technique: 'Map each requirement of the job description to one of your stories', quote: null, weight: 0 },
  ];
  for (const item of general) if (ranked.length < 3) ranked.push(item);
  return ranked;
}

function firstSentence(answer: string): string | null {
  const sentence = answer.trim().split(/(?<=[.!?])\s+/)[0];
  return sentence ? sentence : null;
}

function pickDistinct<T extends { key: string; weight: number }>(items: readonly T[], limit: number): T[] {
  const seen = new Set<string>();
  return [...items]
    .sort((a, b) => b.weight - a.weight)
    .filter((item) => (seen.has(item.key) ? false : (seen.add(item.key), true)))
    .slice(0, limit);
}

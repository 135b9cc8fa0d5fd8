import type { Competency } from '#shared/ai/questions.ts';
import type { CompetencyScore } from '#shared/ai/interview.ts';
import type { AnalysedText } from './analyse-text.ts';
import type { FillerReport, LengthVerdict, OwnershipReport } from './delivery.ts';
import type { QuestionKind } from './question-kind.ts';
import type { StarQuotes } from './star-parts.ts';

export type AnswerFeatures = {
  analysed: AnalysedText;
  competency: Competency;
  star: StarQuotes;
  starCoverage: number;
  specificity: number;
  relevance: number;
  ownership: OwnershipReport;
  fillers: FillerReport;
  length: LengthVerdict;
  /** The most relevant sentence, used as the quote when no STAR part fits. */
  bestSentence: string | null;
  /** Whether the question asks for a story (STAR applies) or for a reason (motivation: STAR advice does not fit). */
  kind: QuestionKind;
};

/**
 * An answer that drifted from the question: few of its words or cues, and not a story with an action and a result
 * (a complete story answers a "tell me about" question even in other words); a very short one is short, not off topic.
 */
export function isOffTopic(features: Pick<AnswerFeatures, 'relevance' | 'star' | 'length'> & { words: number }): boolean {
  if (features.relevance >= 0.3 || features.length === 'empty' || features.words < 12) return false;
  return !(features.star.action && features.star.result);
}

const clampScore = (value: number): number => Math.max(1, Math.min(5, Math.round(value)));

/** Content: does the answer show the competency (structure, specifics, relevance, personal ownership)? */
function scoreContent(features: AnswerFeatures): number {
  if (features.length === 'empty') return 1;
  const ownershipBonus = features.ownership.i > 0 && features.ownership.ratio >= 0.5 ? 0.5 : 0;
  const raw = 1 + features.starCoverage * 0.5 + features.specificity * 1.5 + features.relevance + ownershipBonus;
  // A very short answer cannot show a competency, however well-chosen its words.
  if (features.analysed.words < 15) return 1;
  return clampScore(features.length === 'too_short' ? Math.min(raw, 2.4) : raw);
}

/** Communication: structure, focus, and delivery (fillers, length). */
function scoreCommunication(features: AnswerFeatures): number {
  if (features.length === 'empty') return 1;
  const structure = features.starCoverage >= 3 ? 1.5 : features.starCoverage * 0.4;
  const fluency = features.fillers.per100Words < 2 ? 1 : features.fillers.per100Words < 5 ? 0.5 : 0;
  const length = features.length === 'ok' ? 1 : 0.2;
  return clampScore(1 + structure + fluency + length + features.relevance * 0.5);
}

export function scoreCompetencies(features: AnswerFeatures): CompetencyScore[] {
  const { star } = features;
  const contentQuote = star.result ?? star.action ?? features.bestSentence;
  const content = scoreContent(features);
  const scores: CompetencyScore[] = [
    { competency: features.competency, score: content, quote: contentQuote, why: contentReason(features, content) },
  ];
  if (features.competency !== 'communication') {
    const communication = scoreCommunication(features);
    scores.push({ competency: 'communication', score: communication, quote: star.situation ?? features.bestSentence, why: communicationReason(features) });
  }
  return scores;
}

function contentReason(features: AnswerFeatures, score: number): string {
  const missing = (['situation', 'task', 'action', 'result'] as const).filter((part) => !features.star[part]);
  if (features.length === 'empty') return 'No answer was given.';
  const parts = [`${features.starCoverage} of 4 STAR parts`, `specificity ${Math.round(features.specificity * 100)}%`, `relevance ${Math.round(features.relevance * 100)}%`];
  const gap = missing.length > 0 ? `; missing ${missing.join(', ')}` : '';
  return `Score ${score}: ${parts.join(', ')}${gap}.`;
}

function communicationReason(features: AnswerFeatures): string {
  if (features.length === 'empty') return 'No answer was given.';
  return `${features.fillers.count} filler words (${features.fillers.per100Words} per 100 words), length ${features.length.replace('_', ' ')}, ${features.starCoverage >= 3 ? 'clear structure' : 'loose structure'}.`;
}

/** Short, specific feedback sentences: what worked first, then the most useful fixes. */
export function writeFeedback(features: AnswerFeatures, numbers: readonly string[], skills: readonly string[]): string[] {
  if (features.length === 'empty') return ['No answer was recorded. Even a short example is better than none: name a situation, what you did, and what happened.'];
  const good: string[] = [];
  const fix: string[] = [];
  const story = features.kind === 'story';
  const offTopic = isOffTopic({ ...features, words: features.analysed.words });
  if (story && features.starCoverage >= 3) good.push('The answer follows a clear story: situation, what you did, and the outcome.');
  if (numbers.length > 0) good.push(`You backed the answer with figures (${numbers.slice(0, 3).join(', ')}).`);
  if (skills.length > 0) good.push(`You named the tools you used (${skills.slice(0, 3).join(', ')}).`);
  if (features.ownership.i > 0 && features.ownership.ratio >= 0.6 && features.star.action) good.push('You made your own contribution clear by speaking in "I" terms.');
  if (story) {
    if (!features.star.situation && !features.star.task) fix.push('Open with one or two sentences of context: where you were and what needed to happen.');
    if (!features.star.action) fix.push('Say what you did yourself, step by step, using "I" and action verbs.');
    if (!features.star.result) fix.push('Finish with the result: what changed because of what you did, ideally with a number.');
    if (features.star.result && numbers.length === 0) fix.push('Quantify the outcome (time saved, percentage, money, people helped) to make it concrete.');
  } else if (features.kind === 'motivation' && (features.relevance < 0.5 || numbers.length + skills.length === 0)) {
    fix.push('Link your reason to this role: name one thing the role needs and one experience of yours that fits it.');
  }
  if (features.ownership.we > features.ownership.i && features.ownership.we >= 2) fix.push(`You said "we" ${features.ownership.we} times and "I" ${features.ownership.i} times: make your own part explicit.`);
  if (features.fillers.per100Words >= 3) fix.push(`Cut filler words (${features.fillers.top.map((entry) => `"${entry.word}" ×${entry.count}`).join(', ')}); a short pause works better.`);
  if (features.length === 'too_short') fix.push('The answer is too short to show the competency; aim for about one to two minutes.');
  if (features.length === 'too_long') fix.push('The answer runs long; keep the context brief and spend the time on your actions and the result.');
  // An answer to a different question makes every other fix secondary, so that one is said first.
  if (offTopic) fix.unshift('Answer the question that was asked: this answer drifted away from it.');
  return [...good.slice(0, offTopic ? 0 : 2), ...fix.slice(0, 3)];
}

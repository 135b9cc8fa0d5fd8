/**
 * The one rating of a spoken or typed answer on a continuous 1–5 scale, and of a whole interview as their mean: what
 * human raters reward in interview answers (decision 048). Substance (figures, named tools, things the candidate did),
 * a story that ends in an outcome, relevance to the question, enough said, and fluency — fillers, restarts and hedges
 * as a rate per 100 words, so a long answer with a few "um"s is not marked down like a short one full of them.
 * Reads only an answer evaluation's measurements and the answer's text: stored evaluations (practice) and fresh ones
 * (`parley review`) rate the same way.
 */
import { questionKind } from '#server/ai/offline/evaluation/question-kind.ts';
import { ratingWords, type AnswerEvaluation, type RatingWord } from '#shared/ai/interview.ts';

export type AnswerRating = {
  /** 1–5, continuous. */
  rating: number;
  /** Each part on 0–1, for the report's reasons. */
  parts: { substance: number; story: number; relevance: number; fluency: number; length: number };
  disfluencies: { fillers: number; restarts: number; hedges: number; per100Words: number };
};

/**
 * How the parts combine, tuned on the dev interviews of tests/fixtures/quality/interviews only. What was said (content:
 * substance and story) is multiplied by how it was said (delivery: fluency, length, relevance), so fluent talk with
 * nothing in it stays low and a strong story told haltingly loses some, not all, of its worth.
 */
export const ratingWeights = {
  content: { substance: 0.6, story: 0.4 },
  delivery: { fluency: 0.5, length: 0.3, relevance: 0.2 },
  /** The share of content that counts whatever the delivery. */
  contentFloor: 0.25,
} as const;
/** From the combined score (0–1) to 1–5: the least-squares line of the dev interviews' ratings on it, clamped to 1–5. */
export const ratingScale = { offset: 1.32, slope: 6.84 } as const;

// "I rebuilt", "we agreed", "I then wrote", "now I plan": the candidate doing something (past or present), not thinking or feeling.
const actionPattern = /\b(i|we)\s+(then\s+|also\s+|just\s+|first\s+|quickly\s+|finally\s+|now\s+|always\s+|personally\s+|immediately\s+)?([a-z]+(?:'[a-z]+)?)/gi;
const notActions = new Set(
  'am was were be been have had has do did does don\'t didn\'t can could would will should shall may might must think thought guess feel felt mean meant know knew like liked love loved want wanted hope hoped believe suppose used needed tried seemed really just also never always usually sometimes often kind sort probably maybe get got go went enjoy enjoyed wish try tend'.split(' '),
);
const restartPattern = /\b([a-z]+(?:'[a-z]+)?)(?:,|\s)+\1\b/gi;
const hedgePattern = /\b(i guess|i think|i suppose|maybe|probably|perhaps|i don't know|i'm not sure|not sure|or something|something like that|i don't really|i'm not really)\b/gi;

/** Things the candidate did: "I …" counts one, "we …" a quarter (the candidate's own part is what is being judged). */
function countActions(text: string): number {
  let count = 0;
  for (const match of text.matchAll(actionPattern)) {
    const verb = (match[3] ?? '').toLowerCase();
    if (notActions.has(verb) || verb.length < 3 || verb.endsWith('ing') || verb.endsWith("n't")) continue;
    count += (match[1] ?? '').toLowerCase() === 'i' ? 1 : 0.25;
  }
  return count;
}

/** Fillers (as the evaluation counted them), repeated words ("I, I", "the, the") and hedges, per 100 words. */
export function measureDisfluency(answer: string, evaluation: Pick<AnswerEvaluation, 'fillers' | 'length'>): AnswerRating['disfluencies'] {
  const restarts = [...answer.matchAll(restartPattern)].filter((match) => !/^(very|really|no|yes|bye|ha|so|that|had)$/i.test(match[1] ?? '')).length;
  const hedges = [...answer.matchAll(hedgePattern)].length;
  const fillers = evaluation.fillers.count;
  const words = Math.max(1, evaluation.length.words);
  return { fillers, restarts, hedges, per100Words: Math.round(((fillers + restarts + hedges) / words) * 1000) / 10 };
}

const clamp01 = (value: number) => Math.max(0, Math.min(1, value));

export function rateAnswer(question: string, answer: string, evaluation: AnswerEvaluation): AnswerRating {
  const disfluencies = measureDisfluency(answer, evaluation);
  const words = evaluation.length.words;
  if (words === 0) return { rating: 1, parts: { substance: 0, story: 0, relevance: 0, fluency: 0, length: 0 }, disfluencies };
  const actions = countActions(answer);
  const figures = evaluation.specificity.numbers.length;
  const tools = evaluation.specificity.namedSkills.length;
  const substance = clamp01(0.4 * Math.min(1, figures / 2) + 0.2 * Math.min(1, tools / 2) + 0.4 * Math.min(1, actions / 3));
  const hasResult = evaluation.star.result !== null;
  const storyQuestion = questionKind(question) === 'story';
  // A story is judged by its parts and its outcome; "your weakness" or "why should we hire you?" is no story, and
  // what the candidate did about it, and what changed, stand in. Either way a story with nothing concrete in it is half one.
  // An outcome with a figure ("down 40%") is worth twice one without ("it went well").
  const outcome = hasResult ? (figures > 0 ? 1 : 0.5) : 0;
  const shape = storyQuestion ? 0.5 * (evaluation.starCoverage / 4) + 0.5 * outcome : 0.5 * Math.min(1, actions / 2) + 0.5 * (hasResult || figures > 0 ? 1 : 0);
  const story = clamp01(shape * (0.4 + 0.6 * substance));
  // Relevance is a gate, not a bonus: a story question answered with few of its words (or cues) loses it; an opener
  // such as "tell me about yourself" has no words to share.
  const relevance = storyQuestion ? clamp01(evaluation.relevance.score / 0.3) : 1;
  // 15 words say almost nothing; a story needs about 150 to be whole, another answer about 80.
  const full = storyQuestion ? 150 : 80;
  const length = clamp01(Math.log(words / 15) / Math.log(full / 15));
  // Disfluency as a rate; a short reply gets only as much fluency credit as it has words to be fluent with.
  const fluency = clamp01(1 - disfluencies.per100Words / 20) * (0.25 + 0.75 * length);
  const parts = { substance, story, relevance, fluency, length };
  const { content: c, delivery: d, contentFloor } = ratingWeights;
  const content = c.substance * substance + c.story * story;
  const delivery = d.fluency * fluency + d.length * length + d.relevance * relevance;
  const score = content * (contentFloor + (1 - contentFloor) * delivery);
  return { rating: Math.max(1, Math.min(5, ratingScale.offset + ratingScale.slope * score)), parts, disfluencies };
}

/** The interview's rating: the mean of its questions' ratings (an unanswered question counts as 1). */
export function rateInterview(ratings: readonly number[]): number {
  if (ratings.length === 0) return 1;
  return ratings.reduce((sum, value) => sum + value, 0) / ratings.length;
}

/** The word of a continuous rating: that of its rounded value. */
export function ratingWordOf(rating: number): RatingWord {
  return ratingWords[Math.max(1, Math.min(5, Math.round(rating))) - 1] ?? 'Needs improvement';
}

import { rateAnswer } from '#server/ai/offline/review/rate-answer.ts';
import { answerEvaluationSchema, type AnswerEvaluation, type EvaluateAnswerInput } from '#shared/ai/interview.ts';
import { analyseText, type AnalysedSentence, type AnalysedText, type AnalyseText } from './analyse-text.ts';
import { countFillers, judgeLength, measureOwnership } from './delivery.ts';
import { findConcreteSkillNames } from './find-skills.ts';
import { questionKind } from './question-kind.ts';
import { inferCompetency, measureRelevance } from './relevance.ts';
import { scoreCompetencies, writeFeedback, type AnswerFeatures } from './score-answer.ts';
import { findStarParts, isResultSentence } from './star-parts.ts';

// "one" is left out: it is far more often a pronoun ("this one", "the one who") than a figure.
const numberWords = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|double|twice|triple|dozen|dozens|hundreds|thousands)$/i;

/** Offline evaluateAnswer: STAR, specificity, relevance, ownership, fillers and length, scored with quotes from the answer. */
export function evaluateAnswer(input: EvaluateAnswerInput, analyse: AnalyseText = analyseText): AnswerEvaluation {
  const answer = analyse(input.answer);
  const question = analyse(input.question.text);
  const competency = input.question.competency ?? inferCompetency(question);
  const star = findStarParts(answer.sentences);
  const starCoverage = Object.values(star).filter(Boolean).length;
  const numbers = findNumbers(answer);
  const namedSkills = findConcreteSkillNames(input.answer);
  const outcomes = answer.sentences.filter(isResultSentence).map((sentence) => sentence.text).slice(0, 3);
  const specificity = Math.min(1, 0.4 * Math.min(numbers.length, 2) / 2 + 0.3 * Math.min(namedSkills.length, 2) / 2 + 0.3 * Math.min(outcomes.length, 1));
  const relevance = measureRelevance(question, answer, competency);
  const ownership = measureOwnership(answer);
  const fillers = countFillers(input.answer, answer.words);
  const length = judgeLength(answer.words);
  const features: AnswerFeatures = {
    analysed: answer,
    competency,
    star,
    starCoverage,
    specificity,
    relevance: relevance.score,
    ownership,
    fillers,
    length,
    bestSentence: pickBestSentence(answer.sentences, relevance.sharedTerms),
    kind: questionKind(input.question.text, competency),
  };
  const competencies = scoreCompetencies(features);
  const measured = {
    star,
    starCoverage,
    specificity: { numbers, namedSkills, outcomes, score: Math.round(specificity * 100) / 100 },
    relevance,
    ownership,
    fillers,
    length: { words: answer.words, sentences: answer.sentences.length, verdict: length },
    competencies,
    overall: 1,
    feedback: writeFeedback(features, numbers, namedSkills),
  };
  // The answer's overall is the interview rating's own (decision 048), rounded: one rating for an answer everywhere.
  return answerEvaluationSchema.parse({ ...measured, overall: Math.round(rateAnswer(input.question.text, input.answer, measured).rating) });
}

function findNumbers(analysed: AnalysedText): string[] {
  const found = new Set<string>();
  for (const entity of analysed.entities) {
    if (entity.type === 'DURATION' || entity.type === 'DATE' || entity.type === 'TIME' || /\d/.test(entity.text) || numberWords.test(entity.text)) {
      if (/\d/.test(entity.text) || /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|million|half|twice)\b/i.test(entity.text)) found.add(entity.text);
    }
  }
  for (const sentence of analysed.sentences) {
    for (const token of sentence.tokens) {
      if ((token.type === 'number' || numberWords.test(token.text)) && ![...found].some((value) => value.includes(token.text))) found.add(token.text);
    }
  }
  return [...found].slice(0, 10);
}

function pickBestSentence(sentences: readonly AnalysedSentence[], terms: readonly string[]): string | null {
  let best: AnalysedSentence | undefined;
  let bestScore = -1;
  for (const sentence of sentences) {
    const lemmas = new Set(sentence.tokens.map((token) => token.lemma.toLowerCase()));
    const score = terms.filter((term) => lemmas.has(term)).length + Math.min(sentence.tokens.length, 25) / 100;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best?.text ?? null;
}

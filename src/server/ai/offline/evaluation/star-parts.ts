import type { AnalysedSentence } from './analyse-text.ts';

export type StarPart = 'situation' | 'task' | 'action' | 'result';
export type StarQuotes = Record<StarPart, string | null>;

const situationCue =
  /\b(when i (was|worked|joined|started)|while i was|at my (last|previous|current|old|first)|in my (last|previous|current|old|first) (role|job|position|team|school|ward|company)|last (year|month|week|quarter|term|summer)|in (19|20)\d\d|we had an?|there (was|were)|the (problem|issue|challenge|situation|context) was|our (team|company|client|ward|school|store|department|unit|clinic|product)|i was working|working (at|as|on)|during (my|a|the)|a few (years|months) ago|back in|at the time)\b/i;
const taskCue =
  /\b(my (task|goal|job|role|responsibility|objective|aim|brief) was|i was (asked|responsible|tasked|expected|in charge|assigned|given)|i needed to|i had to|we needed to|we had to|the (goal|aim|task|objective|target|deadline) was|was supposed to|i wanted to|i set out to|needed someone to)\b/i;
const resultCue =
  /\b(as a result|resulted|the result|the outcome|in the end|ended up|in total|overall|which (led|meant|cut|reduced|increased|saved|helped|allowed)|led to|reduc(ed|ing)|increas(ed|ing)|improv(ed|ing)|sav(ed|ing)|cut|grew|raised|achieved|won|delivered|launched|finished|completed|dropped|rose|fewer|faster|slower|lower|higher|promoted|praised|thanked|recogni[sz]ed|on time|under budget|got (a|an|the)|passed|exceeded|met (the|our)|closed|resolved|fixed|solved|went live|succeeded|success(ful)?|lesson|learned|learnt|agreed|renewed|since then|no (incidents?|errors?|complaints?|issues|defects|adjustments|findings))\b/i;
const starLabel = /^\W*(situation|task|action|result)\s*[:\-–—]/i;
const firstPerson = new Set(['i', 'we']);
const auxiliaries = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall']);
const softVerbs = new Set(['think', 'guess', 'feel', 'mean', 'know', 'like', 'want', 'hope', 'believe', 'suppose']);

/** A first-person subject followed by a real verb ("I rebuilt", "we then agreed"): the candidate doing something. */
export function isActionSentence(sentence: AnalysedSentence): boolean {
  const tokens = sentence.tokens;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token || !firstPerson.has(token.lower)) continue;
    for (const next of tokens.slice(index + 1, index + 4)) {
      if (next.pos === 'VERB' && !auxiliaries.has(next.lemma) && !softVerbs.has(next.lemma)) return true;
      if (next.pos !== 'ADV' && next.pos !== 'AUX' && next.pos !== 'PART') break;
    }
  }
  return false;
}

const numberWord = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|half|double|twice|triple|dozen)$/i;

export function hasNumber(sentence: AnalysedSentence): boolean {
  return sentence.tokens.some((token) => token.type === 'number' || /\d/.test(token.text) || numberWord.test(token.text));
}

export function isResultSentence(sentence: AnalysedSentence): boolean {
  return resultCue.test(sentence.text) || (hasNumber(sentence) && /%|percent|per cent|times|x\b/i.test(sentence.text));
}

/**
 * Which sentences carry each STAR part. Each part quotes one sentence verbatim; one sentence serves one part
 * (except a single-sentence answer). The result is the last result-like sentence, the others the first match.
 */
export function findStarParts(sentences: readonly AnalysedSentence[]): StarQuotes {
  const used = new Set<number>();
  // A part the candidate labelled ("Situation: …", "Result - …") is that part, whatever its words.
  const labelled = new Map<StarPart, string>();
  sentences.forEach((sentence, index) => {
    const part = starLabel.exec(sentence.text)?.[1]?.toLowerCase() as StarPart | undefined;
    if (!part || labelled.has(part)) return;
    labelled.set(part, sentence.text);
    used.add(index);
  });
  const pick = (test: (sentence: AnalysedSentence) => boolean, fromEnd = false): string | null => {
    const order = sentences.map((_, index) => index);
    if (fromEnd) order.reverse();
    for (const index of order) {
      const sentence = sentences[index];
      if (sentence && !used.has(index) && test(sentence)) {
        used.add(index);
        return sentence.text;
      }
    }
    return null;
  };
  const result = labelled.get('result') ?? pick(isResultSentence, true);
  const task = labelled.get('task') ?? pick((sentence) => taskCue.test(sentence.text));
  const situation = labelled.get('situation') ?? pick((sentence) => situationCue.test(sentence.text));
  const action = labelled.get('action') ?? pick(isActionSentence);
  // An opening sentence in the past tense that is not the action usually sets the scene.
  const fallbackSituation =
    situation ??
    (sentences.length >= 3 && sentences[0] && !used.has(0) && /\b(was|were|had)\b/i.test(sentences[0].text) ? sentences[0].text : null);
  return { situation: fallbackSituation, task, action, result };
}

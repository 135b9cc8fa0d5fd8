import type { Competency } from '#shared/ai/questions.ts';
import type { AnalysedText } from './analyse-text.ts';

// Words every interview question uses; sharing them says nothing about relevance.
const questionWords = new Set([
  'tell', 'time', 'describe', 'example', 'walk', 'give', 'talk', 'share', 'explain', 'recent', 'experience', 'situation',
  'approach', 'handle', 'happen', 'make', 'sure', 'thing', 'work', 'would', 'could', 'do', 'did', 'you', 'your', 'role',
  'start', 'little', 'bit', 'kind', 'way', 'get', 'think', 'come', 'decide', 'next', 'result', 'piece', 'part',
]);

/** Words that show an answer is about a competency even when it shares no word with the question. */
export const competencyCues: Record<Competency, readonly string[]> = {
  communication: ['explain', 'present', 'presentation', 'listen', 'email', 'write', 'report', 'meeting', 'clear', 'audience', 'understand', 'message'],
  problem_solving: ['problem', 'issue', 'cause', 'root', 'analyse', 'analyze', 'investigate', 'solution', 'fix', 'solve', 'test', 'data', 'hypothesis'],
  ownership: ['responsibility', 'responsible', 'own', 'initiative', 'volunteer', 'commit', 'follow', 'accountable', 'myself'],
  teamwork: ['team', 'colleague', 'together', 'help', 'support', 'collaborate', 'peer', 'share', 'pair'],
  leadership: ['lead', 'led', 'mentor', 'coach', 'team', 'direction', 'motivate', 'delegate', 'hire', 'manage', 'vision'],
  adaptability: ['change', 'adapt', 'new', 'learn', 'pivot', 'shift', 'adjust', 'unexpected', 'quickly', 'flexible'],
  conflict_resolution: ['disagree', 'disagreement', 'conflict', 'tension', 'argument', 'upset', 'angry', 'compromise', 'resolve', 'mediate', 'perspective'],
  customer_focus: ['customer', 'client', 'patient', 'user', 'stakeholder', 'student', 'pupil', 'guest', 'need', 'complaint', 'satisfaction', 'concern', 'service', 'expectation', 'renew'],
  technical_depth: ['design', 'build', 'implement', 'architecture', 'method', 'tool', 'technique', 'standard', 'process', 'system', 'configure'],
  system_design: ['scale', 'component', 'database', 'cache', 'queue', 'service', 'api', 'latency', 'throughput', 'load', 'storage', 'flow', 'failure'],
  time_management: ['deadline', 'priority', 'prioritise', 'prioritize', 'schedule', 'plan', 'urgent', 'time', 'week', 'day', 'calendar'],
  learning: ['learn', 'course', 'study', 'practice', 'read', 'feedback', 'improve', 'mistake', 'lesson', 'certification'],
  integrity: ['honest', 'report', 'policy', 'rule', 'confidential', 'ethic', 'right', 'escalate', 'transparent', 'safe', 'safety'],
  attention_to_detail: ['check', 'detail', 'accurate', 'accuracy', 'error', 'mistake', 'review', 'verify', 'checklist', 'double'],
  motivation: ['interest', 'passion', 'enjoy', 'goal', 'career', 'grow', 'why', 'excite', 'proud', 'mission', 'values'],
};

// Interchangeable nouns across professions: a question about a "customer" is answered by a story about a "patient".
const synonymGroups: readonly (readonly string[])[] = [
  ['customer', 'client', 'patient', 'user', 'guest', 'stakeholder', 'student', 'pupil', 'buyer', 'account', 'prospect'],
  ['colleague', 'coworker', 'teammate', 'peer', 'team'],
  ['manager', 'boss', 'supervisor', 'lead', 'director', 'head'],
  ['problem', 'issue', 'challenge', 'difficulty', 'obstacle', 'bug', 'incident'],
  ['mistake', 'error', 'failure', 'fault', 'slip'],
  ['difficult', 'angry', 'upset', 'frustrated', 'unhappy', 'demanding', 'annoyed', 'hard', 'tough'],
  ['disagree', 'disagreement', 'conflict', 'argument', 'dispute', 'tension', 'clash'],
  ['deadline', 'deliverable', 'due', 'timeline', 'schedule'],
  ['learn', 'study', 'train', 'course', 'practise', 'practice'],
  ['change', 'shift', 'pivot', 'reorganisation', 'restructure'],
];
/** A constant lookup table built from the groups above at import, never changed. */
const synonymOf: ReadonlyMap<string, number> = new Map(synonymGroups.flatMap((group, index) => group.map((word) => [word, index] as const)));

function sameMeaning(a: string, b: string): boolean {
  if (a === b || (a.length > 4 && b.length > 4 && (a.startsWith(b) || b.startsWith(a)))) return true;
  const group = synonymOf.get(a);
  return group !== undefined && group === synonymOf.get(b);
}

function contentLemmas(analysed: AnalysedText): Set<string> {
  const lemmas = new Set<string>();
  for (const sentence of analysed.sentences) {
    for (const token of sentence.tokens) {
      if (token.type !== 'word' || token.stop || token.lower.length < 3) continue;
      if (!['NOUN', 'PROPN', 'VERB', 'ADJ'].includes(token.pos)) continue;
      lemmas.add(token.lemma.toLowerCase());
    }
  }
  return lemmas;
}

export type RelevanceReport = { score: number; sharedTerms: string[] };

/**
 * Lemma overlap with the question's content words, plus cue words of the competency probed: an answer about an angry
 * client is relevant to "a difficult customer" even without the word "difficult".
 */
export function measureRelevance(question: AnalysedText, answer: AnalysedText, competency: Competency): RelevanceReport {
  const questionTerms = [...contentLemmas(question)].filter((lemma) => !questionWords.has(lemma));
  const answerTerms = contentLemmas(answer);
  const shared = questionTerms.filter((term) => [...answerTerms].some((answerTerm) => sameMeaning(term, answerTerm)));
  const lexical = questionTerms.length === 0 ? 0 : shared.length / Math.min(questionTerms.length, 5);
  const cues = competencyCues[competency].filter((cue) => [...answerTerms].some((term) => term.startsWith(cue)));
  const cueScore = Math.min(1, cues.length / 2);
  const score = Math.min(1, 0.7 * Math.min(1, lexical) + 0.5 * cueScore);
  return { score: Math.round(score * 100) / 100, sharedTerms: [...new Set([...shared, ...cues])].slice(0, 12) };
}

/** The competency a free-text question probes, from its words (used when the caller gives none). */
export function inferCompetency(question: AnalysedText): Competency {
  const lemmas = contentLemmas(question);
  let best: Competency = 'problem_solving';
  let bestScore = 0;
  for (const [competency, cues] of Object.entries(competencyCues) as [Competency, readonly string[]][]) {
    const score = cues.filter((cue) => [...lemmas].some((lemma) => lemma.startsWith(cue))).length;
    if (score > bestScore) {
      best = competency;
      bestScore = score;
    }
  }
  return best;
}

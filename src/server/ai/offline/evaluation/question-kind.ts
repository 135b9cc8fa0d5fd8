import type { Competency } from '#shared/ai/questions.ts';

/**
 * `story`: asks for an example (STAR applies). `motivation`: why this role, what drives you, where next (STAR does
 * not apply: a clear reason linked to the role does). `open`: anything else, such as "tell me about yourself".
 */
export type QuestionKind = 'story' | 'motivation' | 'open';

const motivationCue =
  /\b(why (do you want|are you interested|this (role|job|company|position)|us|our|did you (apply|choose))|what (motivates|drives|interests|excites|attracts) you|motivat|where do you see yourself|what are you looking for|your (career )?goals|what questions do you have|anything (else )?(we have not|you would like us))/i;
const storyCue = /\b(tell me about (a|an) (?!typical)|describe (a|an) |a time (when|you)|describe a (time|situation)|give (me )?an example|an example of|walk me through|how did you|what did you do|have you ever|a (project|mistake|disagreement|conflict|decision|problem|challenge) (you|where|when))/i;

export function questionKind(question: string, competency?: Competency): QuestionKind {
  if (motivationCue.test(question)) return 'motivation';
  if (storyCue.test(question)) return 'story';
  return competency === 'motivation' ? 'motivation' : 'open';
}

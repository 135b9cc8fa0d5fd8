import type { WordToken } from '#server/ai/offline/text/tokenize-words.ts';
import { technicalCueWords, type AmbiguityRule } from './ambiguous-terms.ts';
import { needsContext } from './skill-dictionary.ts';

/** A dictionary hit before ambiguity is settled: tokens [first, last] of the text. */
export type Candidate = {
  first: number;
  last: number;
  start: number;
  end: number;
  rule?: AmbiguityRule;
  kind: 'skill' | 'knowledge';
  technical: boolean;
};

const skillsHeading =
  /^[\s•*·\-–]*(?:technical |core |key |computer |it |software |relevant )?(?:skills?|technolog(?:y|ies)|tech stack|stack|tools?|toolkit|languages?|programming languages?|frameworks?|platforms?|software|proficienc(?:y|ies)|competenc(?:y|ies)|expertise|environment|qualifications?|requirements?|must[- ]haves?|nice[- ]to[- ]haves?)\b[^\n]{0,40}?(?::|$)/i;

/** Line bounds around an offset. */
function lineAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const next = text.indexOf('\n', offset);
  return { start, end: next === -1 ? text.length : next };
}

/** Whether this line, or one of the few lines above it, is a skills heading such as "Technical skills:". */
function underSkillsHeading(text: string, offset: number): boolean {
  let line = lineAround(text, offset);
  for (let step = 0; step < 6; step += 1) {
    const content = text.slice(line.start, line.end);
    const head = content.includes(':') ? content.slice(0, content.indexOf(':') + 1) : content;
    if (skillsHeading.test(head)) return true;
    if (line.start === 0) return false;
    line = lineAround(text, line.start - 1);
  }
  return false;
}

function isSingleLetter(token: WordToken | undefined): boolean {
  return token !== undefined && /^\p{L}$/u.test(token.text);
}

/** Rejects "John R. Smith", "A, B, C" and "C-level": the single letters that are not languages. */
function looksLikeLetter(text: string, tokens: readonly WordToken[], candidate: Candidate): boolean {
  const token = tokens[candidate.first];
  if (!token || token.text.length !== 1) return false;
  const before = tokens[candidate.first - 1];
  const after = tokens[candidate.first + 1];
  const follow = text.slice(token.end, token.end + 2);
  if (follow.startsWith('.') && after && /^\p{Lu}/u.test(after.text) && before && /^\p{Lu}\p{Ll}+$/u.test(before.text)) return true;
  if (/^[-‐–]\S/.test(follow) || /^['’]s/.test(follow)) return true;
  return isSingleLetter(before) || isSingleLetter(after);
}

/**
 * Settles the candidates that are also ordinary words. `trusted` holds the offsets of unambiguous technical
 * names: one on the same line within 150 characters is the context a `context` rule asks for.
 */
export function acceptCandidate(
  text: string,
  tokens: readonly WordToken[],
  candidate: Candidate,
  trusted: readonly Candidate[],
  knownInDocument = false,
): boolean {
  const rule = candidate.rule;
  if (!rule) return true;
  const before = tokens[candidate.first - 1];
  const after = tokens[candidate.last + 1];
  const gapBefore = before ? text.slice(before.end, candidate.start) : '\n';
  const gapAfter = after ? text.slice(candidate.end, after.start) : '\n';
  const beforeWord = before && /^[ \t]+$/.test(gapBefore) ? before.key : undefined;
  const afterWord = after && /^[ \t]+$/.test(gapAfter) ? after.key : undefined;
  if (beforeWord && rule.rejectBefore?.includes(beforeWord)) return false;
  if (afterWord && rule.rejectAfter?.includes(afterWord)) return false;
  if (afterWord && /^(?:19|20)\d\d$/.test(afterWord)) return false;
  if (looksLikeLetter(text, tokens, candidate)) return false;
  if (rule.needs === 'capital' || knownInDocument) return true;
  // A product named by an ordinary word ("Analyze", "Square") is the word when it opens a sentence or a bullet.
  if (rule === needsContext && /(?:^|[\n.!?:•*·▪-])\s*$/.test(text.slice(Math.max(0, candidate.start - 3), candidate.start))) return false;
  if (afterWord && (technicalCueWords.has(afterWord) || rule.confirmAfter?.includes(afterWord))) return true;
  const line = lineAround(text, candidate.start);
  const near = trusted.some(
    (other) =>
      other !== candidate &&
      other.kind === 'knowledge' &&
      (other.technical || rule.context === 'any') &&
      other.start >= line.start &&
      other.end <= line.end &&
      Math.abs(other.start - candidate.start) <= 150,
  );
  return near || underSkillsHeading(text, candidate.start);
}

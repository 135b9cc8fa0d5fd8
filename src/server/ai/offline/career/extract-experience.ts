import { analyseText, type AnalysedSentence, type AnalyseText } from '#server/ai/offline/evaluation/analyse-text.ts';
import { removeFillers } from '#server/ai/offline/evaluation/delivery.ts';
import { findSkills } from '#server/ai/offline/evaluation/find-skills.ts';
import { findStarParts, hasNumber, isActionSentence, isResultSentence } from '#server/ai/offline/evaluation/star-parts.ts';
import { experienceSchema, extractExperienceInputSchema, type Experience, type ExtractExperienceInput } from '#shared/ai/career.ts';

const monthOrDigit = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an|half)\b/i;

/** Offline extractExperience (seed 004): the user's own story from a conversation, as STAR, resume bullets, skills and dates. */
export function extractExperience(input: ExtractExperienceInput, analyse: AnalyseText = analyseText): Experience {
  const { messages } = extractExperienceInputSchema.parse(input);
  const userMessages = messages.filter((message) => message.role === 'user' && message.content.trim());
  const sentences: AnalysedSentence[] = [];
  const timeline: Experience['timeline'] = [];
  const skills = new Map<string, Experience['skills'][number]>();
  for (const message of userMessages) {
    const analysed = analyse(message.content);
    sentences.push(...analysed.sentences);
    for (const sentence of analysed.sentences) {
      for (const mention of findSkills(sentence.text)) if (!skills.has(mention.name)) skills.set(mention.name, { name: mention.name, kind: mention.kind, quote: sentence.text });
    }
    for (const entity of analysed.entities) {
      if ((entity.type !== 'DATE' && entity.type !== 'DURATION') || !monthOrDigit.test(entity.text) || entity.text.length < 3) continue;
      const sentence = analysed.sentences.find((candidate) => candidate.text.includes(entity.text));
      if (sentence && !timeline.some((item) => item.text === entity.text)) timeline.push({ text: entity.text, kind: entity.type === 'DATE' ? 'date' : 'duration', quote: sentence.text });
    }
  }
  const star = findStarParts(sentences);
  const bullets = writeBullets(sentences);
  const missing: string[] = [];
  if (!star.situation) missing.push('Where and when did this happen, and what was the situation?');
  if (!star.task) missing.push('What were you responsible for, or what needed to be achieved?');
  if (!star.action) missing.push('What did you do yourself, step by step?');
  if (!star.result) missing.push('What was the result? How did you know it worked?');
  if (star.result && !sentences.some(hasNumber)) missing.push('Can you put a number on the result (time, money, percentage, people)?');
  return experienceSchema.parse({
    title: writeTitle(bullets[0]?.text ?? sentences[0]?.text ?? 'Untitled experience'),
    star,
    bullets,
    skills: [...skills.values()],
    timeline,
    missing,
  });
}

/**
 * "At Acme I led the move to Kafka." becomes "Led the move to Kafka"; a result sentence that follows is joined with a
 * dash. Only the user's words are used: the leading "I" and fillers are dropped, nothing is added.
 */
function writeBullets(sentences: readonly AnalysedSentence[]): Experience['bullets'] {
  const bullets: Experience['bullets'] = [];
  sentences.forEach((sentence, index) => {
    if (!isActionSentence(sentence)) return;
    const match = /\bI\s+((?:then|also|personally|first|quickly|finally)\s+)?([a-z]+)/.exec(sentence.text);
    if (!match) return;
    const afterSubject = sentence.text.slice(match.index + 2).replace(/^(then|also|personally|first|quickly|finally)\s+/i, '');
    let text = capitalise(removeFillers(afterSubject).replace(/[.!?]+$/, ''));
    let source = sentence.text;
    const next = sentences[index + 1];
    if (next && isResultSentence(next) && !isActionSentence(next) && !isResultSentence(sentence)) {
      text = `${text} — ${lowerFirst(removeFillers(next.text).replace(/[.!?]+$/, ''))}`;
      source = `${sentence.text} ${next.text}`;
    }
    if (text.split(/\s+/).length >= 3) bullets.push({ text, source });
  });
  return bullets.slice(0, 6);
}

function writeTitle(text: string): string {
  const words = text.replace(/ — .*$/, '').replace(/[.!?]+$/, '').split(/\s+/);
  const short = words.slice(0, 8).join(' ').replace(/[,;:]+$/, '');
  return words.length > 8 ? `${short}…` : short;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  // Keep acronyms and proper nouns ("AWS", "Acme") as written.
  return /^[A-Z][a-z]/.test(text) && !/^(I|I'm|I've)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

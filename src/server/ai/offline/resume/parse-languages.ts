import type { ResumeLanguage } from '#shared/ai/resume.ts';
import type { EntityList } from './entity-list.ts';
import { languageNames } from './lexicon.ts';
import { splitListItems } from './parse-lists.ts';
import type { TextLine } from './resume-lines.ts';

const levelWords = /\b(?:native|mother tongue|bilingual|fluent|proficient|professional|conversational|intermediate|basic|beginner|elementary|advanced|working|limited|full|[abc][12])\b/i;

/** "English (Native)", "Spanish – Fluent", "German: B2", "Fluent in French"; only real language names count. */
export function parseLanguages(lines: TextLine[], entities: EntityList): ResumeLanguage[] {
  const languages: ResumeLanguage[] = [];
  for (const rawItem of splitListItems(lines, /\s*[,;•·▪|]\s*(?![^(]*\))/g)) {
    // "Mother tongue: Italian" (Europass) names the language after the label.
    const label = /^(mother tongues?|native languages?|first languages?)\s*:\s*/i.exec(rawItem.text);
    const item = label ? { text: `${rawItem.text.slice(label[0].length)} (${label[1] ?? ''})`, start: rawItem.start + label[0].length, end: rawItem.end } : rawItem;
    const inverted = /^(.+?)\s+in\s+(\p{L}+)$/u.exec(item.text);
    const match = inverted ? null : /^(\p{L}+)\s*(?:\(([^)]+)\)|[:–—-]\s*(.+)|\s+(.+))?$/u.exec(item.text);
    const language = inverted ? inverted[2] : match?.[1];
    const fluency = inverted ? inverted[1] : (match?.[2] ?? match?.[3] ?? match?.[4]);
    if (!language || !languageNames.has(language.split(/\s/)[0]?.toLowerCase() ?? '')) continue;
    if (fluency && !levelWords.test(fluency) && !inverted) continue;
    const index = item.text.indexOf(language);
    entities.add('LANGUAGE', { start: item.start + index, end: item.start + index + language.length }, 0.9);
    languages.push({ language, ...(fluency ? { fluency: fluency.trim() } : {}) });
  }
  return languages;
}

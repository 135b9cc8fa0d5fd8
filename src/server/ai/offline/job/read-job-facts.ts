import nlp from 'compromise';
import type { Seniority, WorkMode } from '#shared/ai/job.ts';

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
const numberPattern = '(\\d{1,2}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)';
const yearsPattern = new RegExp(
  `(?:at least|minimum(?: of)?|min\\.?|over|more than)?\\s*${numberPattern}\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*${numberPattern}\\s*\\+?\\s*)?(?:or more\\s+)?(?:years?|yrs?)(?:'|’)?(?!\\s+old)`,
  'gi',
);

function toNumber(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  return numberWords[lower] ?? (Number.isFinite(Number(lower)) ? Number(lower) : undefined);
}

/** The least years of experience a line asks for: "3+ years", "at least five years", "2-4 yrs" (→ 2). */
export function readMinYears(line: string): number | undefined {
  if (!/experience|exp\b|background|track record|working|professional|in (?:a|an|the)\b|as (?:a|an)\b/i.test(line)) return undefined;
  let found: number | undefined;
  // "five (5) years": the figure in brackets repeats the word.
  for (const match of line.replace(/\s*\(\d{1,2}\+?\)/g, '').matchAll(yearsPattern)) {
    const value = toNumber(match[1]);
    if (value === undefined || value > 30) continue;
    found = found === undefined ? value : Math.max(found, value);
  }
  return found;
}

const seniorityWords: readonly [RegExp, Seniority][] = [
  [/\b(?:intern|internship|trainee|apprentice|co-?op|work student|placement student)\b/i, 'intern'],
  [/\b(?:director|vp|vice president|chief|cto|cfo|ceo|coo|cmo|head of)\b/i, 'director'],
  [/\b(?:principal|distinguished|architect)\b|\bstaff (?:engineer|software|developer|data|scientist|designer|researcher)/i, 'principal'],
  [/\b(?:manager|supervisor|superintendent)\b/i, 'manager'],
  [/\b(?:lead|team lead|tech lead|leader|charge nurse)\b/i, 'lead'],
  [/\b(?:senior|sr\.?|snr|experienced|iii|iv)\b/i, 'senior'],
  [/\b(?:junior|jr\.?|entry[- ]level|graduate|new grad|assistant|associate|i)\b/i, 'junior'],
  [/\b(?:mid[- ]level|mid[- ]senior|intermediate|ii)\b/i, 'mid'],
];

/** Seniority named in a title ("Senior Accountant", "Nursing Intern", "Head of Sales"). */
export function readSeniority(title: string): Seniority | undefined {
  for (const [pattern, seniority] of seniorityWords) if (pattern.test(title)) return seniority;
  return undefined;
}

/** Seniority implied by the years asked for, used only when the post names none. */
export function seniorityFromYears(years: number): Seniority {
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  return 'senior';
}

/** remote / hybrid / onsite from the phrasing; hybrid wins when a post mentions both remote and office days. */
export function readWorkMode(text: string): WorkMode | undefined {
  if (/\bhybrid\b|\b\d days? (?:a|per) week (?:in|at) (?:the )?office\b|\bpartly remote\b/i.test(text)) return 'hybrid';
  if (/\b(?:not|no|non)[- ]remote\b|\bremote work is not\b/i.test(text)) return 'onsite';
  if (/\b(?:fully |100% |full[- ]time )?remote\b|\bwork from (?:home|anywhere)\b|\bwfh\b|\btelecommut/i.test(text)) return 'remote';
  if (/\bon[- ]?site\b|\bin[- ](?:the[- ])?office\b|\bin[- ]person\b/i.test(text)) return 'onsite';
  return undefined;
}

/** "Location: Berlin, Germany", "based in Austin, TX", "(London)" in a title. */
export function readLocation(text: string): string | undefined {
  const labelled = /^\s*(?:job )?(?:location|based in|office|city|work location)\s*[:\-–]\s*([^\n.;]{2,80})/im.exec(text)?.[1];
  const phrase = labelled ?? /\b(?:based in|located in|office in|position in|role in)\s+((?:\p{Lu}[\p{L}.'-]*)(?:[ ,]+(?:\p{Lu}[\p{L}.'-]*|[A-Z]{2}))*)/u.exec(text)?.[1];
  const cleaned = phrase?.replace(/\s*[|(].*$/, '').replace(/[.;]\s*$/, '').trim();
  return cleaned && !workModeOnly.test(cleaned) ? cleaned : undefined;
}

const workModeOnly = /^(?:remote|hybrid|on-?site|in[- ]office|anywhere|flexible|worldwide)$/i;
const workModeWords = /\b(?:fully |100% )?(?:remote|hybrid|on-?site|in[- ]office|full[- ]time|part[- ]time|contract|permanent|temporary)\b/gi;

const cityAndState = /\b(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?,\s*[A-Z]{2})\b/u;

/** A place in a title's trailer ("Product Designer — Hybrid, London" → London) or in a header line ("Acme, Boston, MA"). */
export function readPlace(fragment: string): string | undefined {
  const cityState = cityAndState.exec(fragment)?.[1];
  if (cityState && !new RegExp(workModeWords.source, 'i').test(cityState)) return cityState;
  const place = fragment.replace(workModeWords, '').replace(/\([^)]*\)/g, '').replace(/^[\s,|/-]+|[\s,|/-]+$/g, '').replace(/\s*,\s*,\s*/g, ', ');
  if (!place || place.length > 80) return undefined;
  const known = nlp(place).places().out('array') as string[];
  if (/^\p{Lu}[\p{L}. '-]*(?:,\s*\p{Lu}[\p{L}. '-]*)?$/u.test(place) && place.length <= 40 && known.length > 0) return place;
  return known.map((name) => name.replace(/[,.;]+$/, '')).find((name) => name.length > 2 && /^\p{Lu}/u.test(name));
}

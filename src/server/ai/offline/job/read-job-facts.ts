import type { Seniority } from '#shared/ai/job.ts';

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

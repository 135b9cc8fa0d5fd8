/** A degree's level: 1 associate or diploma, 2 bachelor, 3 master, 4 doctorate. */
export type DegreeLevel = 1 | 2 | 3 | 4;

/** A degree asked for in a job post, as written ("Bachelor's degree in Accounting or Finance"). */
const degreeAsked =
  /\b(?:bachelor'?s?|master'?s?|ph\.?\s?d\.?|doctorate|mba|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.?s\.?\/b\.?a\.?|b\.?a\.?\/b\.?s\.?|associate'?s? degree|(?:(?:university|college|undergraduate|graduate|four-year|4-year|accounting|finance|business)\s+)?degree)(?=[\s,;.)/]|$)/i;

const levels: readonly [RegExp, DegreeLevel][] = [
  [/\b(?:ph\.?\s?d|doctor(?:ate|al)|d\.?phil)\b/i, 4],
  [/\b(?:master'?s?|mba|m\.?\s?sc|msc|m\.?\s?eng|postgraduate|graduate degree)\b|\bm\.?[as]\.?(?=\s+in\b)/i, 3],
  [/\b(?:bachelor'?s?|b\.?\s?sc|bsc|b\.?\s?com|bba|bsn|b\.?\s?tech|b\.?\s?eng|undergraduate|university degree|college degree|four-year degree|4-year degree)\b|\bb\.?[as]\.?(?=[\s/]|$)/i, 2],
  [/\bassociate'?s?\b|\bdiploma\b|\bhnd\b/i, 1],
];

/** The level a degree's wording names; a bare "degree" is read as a bachelor's. */
export function degreeLevelOf(text: string): DegreeLevel | undefined {
  for (const [pattern, level] of levels) if (pattern.test(text)) return level;
  return /\bdegree\b/i.test(text) ? 2 : undefined;
}

/** The degree phrase of a requirement sentence: from the degree's word to the end of what it says about it. */
export function readDegreeAsked(sentence: string): string | undefined {
  const match = degreeAsked.exec(sentence);
  if (!match) return undefined;
  const from = sentence.slice(match.index);
  const phrase = (from.split(/[;:]|\.\s|\s+(?:and|with|plus)\s+(?:have\b|\d|at least|a\b|an\b|experience\b)|,\s+(?:and\s+)?(?:\d|at least|with|plus)/i)[0] ?? '').replace(/[\s.,)]+$/, '');
  return phrase.length >= 4 && phrase.length <= 160 ? phrase : undefined;
}

/** The fields a degree phrase names ("in Accounting, Finance or a related field" → Accounting, Finance). */
export function degreeFieldsOf(phrase: string): string[] {
  const after = /\bin\s+(.+)$/i.exec(phrase)?.[1];
  if (!after) return [];
  return after
    .split(/\s*(?:,|\/|\bor\b|\band\b)\s*/i)
    .map((field) => field.replace(/^(?:a|an|the)\s+/i, '').trim())
    .filter((field) => field.length > 1 && !/\b(?:related|similar|relevant|equivalent|comparable)\b|^(?:field|discipline|area)s?$/i.test(field));
}

export type DegreeFit = { value: number; shown?: string };

/**
 * How far a CV's education meets the degree asked: the level reached (or more) in one of the fields asked is full, the
 * level in another field half, a lower level a quarter; a CV without education meets none of it.
 */
export function degreeFit(asked: string, education: readonly { studyType?: string; area?: string }[]): DegreeFit {
  const level = degreeLevelOf(asked) ?? 2;
  const fields = degreeFieldsOf(asked).map((field) => field.toLowerCase());
  let best: DegreeFit = { value: 0 };
  for (const entry of education) {
    const text = [entry.studyType, entry.area].filter(Boolean).join(' in ');
    if (!text) continue;
    const reached = degreeLevelOf(text);
    const inField = fields.length === 0 || fields.some((field) => text.toLowerCase().includes(field));
    const value = reached === undefined ? 0.5 : reached < level ? 0.25 : inField ? 1 : 0.5;
    if (value > best.value) best = { value, shown: text };
  }
  return best;
}

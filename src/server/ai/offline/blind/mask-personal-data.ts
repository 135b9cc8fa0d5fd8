import type { Resume } from '#shared/ai/resume.ts';

/** Who a text must not reveal, as far as the caller knows it. */
export type PersonalDetails = {
  /** The person's name: hidden whole and by each of its parts ("Maya Chen", "Maya", "Chen"), as whole words. */
  name?: string | null;
  /** Hidden wherever they occur. */
  email?: string | null;
  phone?: string | null;
  /** Further words that name, link or locate the person (names a parse found, links, user names, address, city): hidden as whole words. */
  others?: readonly (string | null | undefined)[];
};

/** A character range of the text being masked (entity offsets), end exclusive. */
export type TextSpan = { start: number; end: number };

/**
 * Covers every personal detail in a text with █, one per visible character (spaces and line breaks stay), so the
 * result has the same length and every offset into the text (evidence highlights) still points at the same place.
 */
export type PersonalDataMasker = (text: string, spans?: readonly TextSpan[]) => string;

/** A year range ("2019 - 2023", "2021 – present") is digits and separators too, but a work date, not a phone. */
const yearRange = /\d{4}\s*[-–]\s*(?:\d{4}|present)/i;

type Marker = { pattern: RegExp; unless?: RegExp };

/** Markers of identity that blind screening hides whoever the candidate is. */
const genericMarkers: readonly Marker[] = [
  // e-mail addresses and links
  { pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  { pattern: /\b(?:https?:\/\/|www\.)\S+|\b(?:linkedin|github|gitlab|behance|dribbble|twitter|x|facebook|instagram)\.com\/\S*/gi },
  // phone numbers, as grouped digits and as any long run of digits and separators
  { pattern: /(?<![\w-])\+?\(?\d{1,4}\)?(?:[\s.-]?\(?\d{2,4}\)?){2,4}(?![\w-])/g },
  { pattern: /\+?\d[\d\s().-]{6,}\d/g, unless: yearRange },
  // age, birth date, civil status, gender and the like
  { pattern: /\b(?:date of birth|d\.?o\.?b\.?|born(?: on| in)?)\s*:?\s*[\w ,./-]{0,20}?\d{4}\b/gi },
  { pattern: /\bage[d]?\s*:?\s*\d{2}\b|\b\d{2}\s*(?:years|yrs)\s*old\b/gi },
  { pattern: /\b(?:marital status|gender|sex|nationality|religion)\s*:\s*[\p{L} -]+/giu },
  { pattern: /\b(?:married|unmarried|single|divorced|widowed)(?=\s*(?:[,;|.]|$|with \d+ children))/gim },
  { pattern: /\b(?:Mr|Mrs|Ms|Miss|Mx|Sir|Madam)\.?(?=\s+\p{Lu})/gu },
  { pattern: /\b(?:he|she|him|her|his|hers|himself|herself)\b/gi },
  { pattern: /\b(?:male|female|man|woman|mother|father|wife|husband)\b/gi },
  { pattern: /\b(?:photo|picture|headshot)\s*:?\s*\S+\.(?:jpe?g|png|gif|webp)\b/gi },
];

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wholeWord(value: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'giu');
}

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length >= 2 ? trimmed : undefined;
}

/** The literal markers of one person: the name and its parts and the other words as whole words, contacts anywhere. */
function literalMarkers(person: PersonalDetails): Marker[] {
  const words = new Set<string>();
  const name = clean(person.name);
  if (name) {
    words.add(name);
    for (const part of name.split(/\s+/)) if (part.replace(/\W/g, '').length >= 2) words.add(part.replace(/[,.]$/, ''));
  }
  for (const other of person.others ?? []) {
    const value = clean(other);
    if (value) words.add(value);
  }
  const contacts = [clean(person.email), clean(person.phone)].filter((value): value is string => value !== undefined);
  return [...[...words].map(wholeWord), ...contacts.map((value) => new RegExp(escapeRegExp(value), 'gi'))].map((pattern) => ({ pattern }));
}

/** Covers the visible characters of the ranges; ranges may overlap and come in any order. */
function cover(text: string, ranges: TextSpan[]): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    // No `u` flag: a character outside the BMP becomes two █, so lengths stay in the UTF-16 units offsets count.
    out += text.slice(at, from) + text.slice(from, end).replace(/\S/g, '█');
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The one blind-screening masker (matching, the CLI, the hiring views and search documents): hides the person's own
 * name, contacts, links and places as the caller knows them, the given entity spans, and any e-mail, link, phone,
 * age, birth date, civil status, gender, title (Mrs.), pronoun (she, his) or photo marker.
 */
export function createPersonalDataMasker(person: PersonalDetails): PersonalDataMasker {
  const markers = [...literalMarkers(person), ...genericMarkers];
  return (text, spans = []) => {
    const ranges: TextSpan[] = spans.filter((span) => span.end > span.start && span.end <= text.length).map(({ start, end }) => ({ start, end }));
    for (const { pattern, unless } of markers) {
      for (const match of text.matchAll(pattern)) {
        if (match[0].length === 0 || unless?.test(match[0])) continue;
        ranges.push({ start: match.index, end: match.index + match[0].length });
      }
    }
    return cover(text, ranges);
  };
}

/** One text masked for one person; build the masker once with `createPersonalDataMasker` when masking many texts. */
export function maskPersonalData(text: string, person: PersonalDetails, spans?: readonly TextSpan[]): string {
  return createPersonalDataMasker(person)(text, spans);
}

type NamedEntity = { type: string; text: string };

/** What a JSON Resume and the entities found in its text say about who the person is and where to reach them. */
export function personalDetailsOf(resume: Resume, entities: readonly NamedEntity[] = []): PersonalDetails {
  const basics = resume.basics;
  const location = basics?.location;
  const others = [
    basics?.url,
    ...(basics?.profiles ?? []).flatMap((profile) => [profile.url, (profile.username?.length ?? 0) >= 3 ? profile.username : undefined]),
    location?.address,
    location?.city,
    location?.postalCode,
    (location?.region?.length ?? 0) > 2 ? location?.region : undefined,
    ...entities.filter((entity) => ['PERSON', 'EMAIL', 'PHONE', 'URL'].includes(entity.type)).map((entity) => entity.text),
  ];
  return { name: basics?.name, email: basics?.email, phone: basics?.phone, others };
}

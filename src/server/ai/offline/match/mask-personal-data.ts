import type { ParsedResume } from '#shared/ai/resume.ts';

type Replacement = { pattern: RegExp; mask: string };

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Markers of identity that blind screening hides whoever the candidate is. */
const genericPatterns: readonly Replacement[] = [
  { pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, mask: '[email]' },
  { pattern: /\b(?:https?:\/\/|www\.)\S+|\b(?:linkedin|github|gitlab|behance|dribbble|twitter|x|facebook|instagram)\.com\/\S*/gi, mask: '[link]' },
  { pattern: /(?<![\w-])\+?\(?\d{1,4}\)?(?:[\s.-]?\(?\d{2,4}\)?){2,4}(?![\w-])/g, mask: '[phone]' },
  { pattern: /\b(?:date of birth|d\.?o\.?b\.?|born(?: on| in)?)\s*:?\s*[\w ,./-]{0,20}?\d{4}\b/gi, mask: '[age]' },
  { pattern: /\bage[d]?\s*:?\s*\d{2}\b|\b\d{2}\s*(?:years|yrs)\s*old\b/gi, mask: '[age]' },
  { pattern: /\b(?:marital status|gender|sex|nationality|religion)\s*:\s*[\p{L} -]+/giu, mask: '[personal]' },
  { pattern: /\b(?:married|unmarried|single|divorced|widowed)(?=\s*(?:[,;|.]|$|with \d+ children))/gim, mask: '[personal]' },
  { pattern: /\b(?:Mr|Mrs|Ms|Miss|Mx|Sir|Madam)\.?(?=\s+(?:\p{Lu}|\[))/gu, mask: '[title]' },
  { pattern: /\b(?:he|she|him|her|his|hers|himself|herself)\b/gi, mask: '[they]' },
  { pattern: /\b(?:male|female|man|woman|mother|father|wife|husband)\b/gi, mask: '[personal]' },
  { pattern: /\b(?:photo|picture|headshot)\s*:?\s*\S+\.(?:jpe?g|png|gif|webp)\b/gi, mask: '[photo]' },
];

/** Every literal the parse found that names or locates the person: name and its parts, contacts, links, places. */
function personalLiterals(parsed: ParsedResume): Map<string, string> {
  const literals = new Map<string, string>();
  const add = (value: string | undefined, mask: string): void => {
    const trimmed = value?.trim();
    if (trimmed && trimmed.length >= 2) literals.set(trimmed, mask);
  };
  const basics = parsed.resume.basics;
  add(basics?.name, '[name]');
  for (const part of basics?.name?.split(/\s+/) ?? []) if (part.replace(/\W/g, '').length >= 2) add(part.replace(/[,.]$/, ''), '[name]');
  add(basics?.email, '[email]');
  add(basics?.phone, '[phone]');
  add(basics?.url, '[link]');
  for (const profile of basics?.profiles ?? []) {
    add(profile.url, '[link]');
    if ((profile.username?.length ?? 0) >= 3) add(profile.username, '[link]');
  }
  const location = basics?.location;
  add(location?.address, '[location]');
  add(location?.city, '[location]');
  add(location?.postalCode, '[location]');
  if ((location?.region?.length ?? 0) > 2) add(location?.region, '[location]');
  for (const entity of parsed.entities) {
    if (entity.type === 'PERSON') add(entity.text, '[name]');
    if (entity.type === 'EMAIL') add(entity.text, '[email]');
    if (entity.type === 'PHONE') add(entity.text, '[phone]');
    if (entity.type === 'URL') add(entity.text, '[link]');
  }
  return literals;
}

/**
 * Builds the function blind screening passes every returned string through: the person's own name, contacts,
 * links and address as the parse found them, then any e-mail, phone, URL, age, gender or marital marker.
 */
export function createPersonalDataMasker(parsed: ParsedResume): (text: string) => string {
  const literals = [...personalLiterals(parsed)].sort((a, b) => b[0].length - a[0].length);
  const replacements: Replacement[] = literals.map(([value, mask]) => ({
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'giu'),
    mask,
  }));
  const all = [...genericPatterns.slice(0, 2), ...replacements, ...genericPatterns.slice(2)];
  return (text: string) => all.reduce((masked, { pattern, mask }) => masked.replace(pattern, mask), text);
}

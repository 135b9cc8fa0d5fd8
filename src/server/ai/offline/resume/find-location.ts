import type { TextLine } from './resume-lines.ts';
import { countryCodes, hasOrgWord, usStates } from './lexicon.ts';
import type { ResumeNlp } from './resume-nlp.ts';

export type FoundLocation = { span: TextLine; address?: string; city?: string; region?: string; countryCode?: string; postalCode?: string };

const placeWord = String.raw`\p{Lu}[\p{L}.'’-]*`;
const placeName = String.raw`${placeWord}(?:\s+(?:${placeWord}|de|la|am|upon|on|sur))*`;
const cityRegion = new RegExp(String.raw`^(?:\d{4,6}\s+)?(${placeName})\s*,\s*(${placeName}|[A-Z]{2})(?:\s*,\s*(${placeName}))?(?:\s+(\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d))?$`, 'u');

function countryOf(value: string | undefined): string | undefined {
  return value ? countryCodes[value.toLowerCase()] : undefined;
}

/** "City, Region", "City, ST 12345", "City, Region, Country" or a lone country; the region must be a US state, a country or a place compromise knows. */
export function parseLocation(span: TextLine, nlp: ResumeNlp): FoundLocation | null {
  const text = span.text.replace(/^(?:location|address|based in|lives in)\s*:?\s*/i, '');
  const offset = span.text.length - text.length;
  const inner = { text, start: span.start + offset, end: span.end };
  const loneCountry = countryOf(text);
  if (loneCountry) return { span: inner, countryCode: loneCountry };
  const match = cityRegion.exec(text);
  if (!match) {
    // "123 Main Street, Springfield, IL 62704": a street address before the city.
    const comma = text.indexOf(', ');
    if (comma > 0 && /\d/.test(text.slice(0, comma)) && text.indexOf(', ', comma + 2) > 0) {
      const tail = parseLocation({ text: text.slice(comma + 2), start: inner.start + comma + 2, end: inner.end }, nlp);
      if (tail) return { ...tail, span: inner, address: text.slice(0, comma) };
    }
    return null;
  }
  const [, city, region, country, postal] = match;
  if (!city || !region || city.split(/\s+/).length > 4) return null;
  // A state or country settles it; otherwise the city must be a place compromise knows ("Restaurante Lúa, Madrid" is not a location).
  // "Google, London, UK": with three parts the first must itself be a place, or it is an employer before a location.
  if (country && !usStates.has(region) && !nlp.isPlace(city)) return null;
  const known = usStates.has(region) || countryOf(region) !== undefined || countryOf(country) !== undefined || (nlp.isPlace(city) && !hasOrgWord(city));
  if (!known) return null;
  const countryCode = countryOf(country) ?? countryOf(region);
  return { span: inner, city, region, ...(countryCode ? { countryCode } : {}), ...(postal ? { postalCode: postal } : {}) };
}

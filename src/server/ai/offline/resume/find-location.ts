import type { TextLine } from './resume-lines.ts';
import { countryCodes, hasOrgWord, usStates } from './lexicon.ts';
import type { ResumeNlp } from './resume-nlp.ts';

export type FoundLocation = { span: TextLine; address?: string; city?: string; region?: string; countryCode?: string; postalCode?: string };

const placeWord = String.raw`\p{Lu}[\p{L}.'’-]*`;
const placeName = String.raw`${placeWord}(?:\s+(?:${placeWord}|de|la|am|upon|on|sur))*`;
const cityRegion = new RegExp(String.raw`^(?:\d{4,6}\s+)?(${placeName})\s*,\s*(${placeName}|[A-Z]{2})(?:\s*,\s*(${placeName}))?(?:\s+(\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d))?$`, 'u');

const anonymisedPlace = /^City\s*,\s*State(?:\s*,\s*\p{Lu}[\p{L} ]{1,30})?$/u;

/** Indian states and union territories: the region of most places on resumes from Indian job sites. */
const indianRegions = new Set(
  `andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|orissa|punjab|rajasthan|sikkim|tamil nadu|telangana|tripura|uttar pradesh|uttarakhand|west bengal|delhi|new delhi|chandigarh|puducherry|pondicherry|jammu and kashmir`.split('|'),
);

export function isKnownRegion(region: string): boolean {
  return usStates.has(region) || indianRegions.has(region.toLowerCase()) || countryCodes[region.toLowerCase()] !== undefined;
}

/**
 * A place inside a longer piece: "Company Name City , State Mechanical Engineer", "Acme Corp Dallas, TX". Only the
 * unmistakable forms: the anonymised "City , State", or a capitalised name before a comma and a known region.
 */
export function findPlaceInside(span: TextLine): TextLine | null {
  const anonymised = /\bCity\s*,\s*State(?:\s*,\s*(?:US|USA|India|UK|Canada))?\b/u.exec(span.text);
  const match = anonymised ?? findRegionPlace(span.text);
  if (!match || match[0].length === span.text.length) return null;
  // "Round Rock, TX": a short capitalised lead with no organisation word is the rest of a city's name, not an employer.
  const lead = span.text.slice(0, match.index).trim();
  if (!anonymised && match.index + match[0].length === span.text.length && lead.split(/\s+/).length <= 2 && !hasOrgWord(lead)) return null;
  return { text: match[0], start: span.start + match.index, end: span.start + match.index + match[0].length };
}

function findRegionPlace(text: string): RegExpExecArray | null {
  // A one-word city, or two words where the first is a common city prefix ("Fort Worth", "San Jose", "New Delhi").
  const pattern = /((?:(?:New|San|Santa|Los|Las|Fort|Saint|St\.|El|Port|Salt|Grand|Long|Palm|Little|North|South|East|West|Navi|Greater)\s)?\p{Lu}[\p{L}.'-]*)\s*,\s*(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?)(?![\p{L}])/gu;
  for (const match of text.matchAll(pattern)) {
    // "Elementary School, Round Rock, TX": after a comma the whole tail is the place, which peelLocation reads.
    if (/,\s*$/.test(text.slice(0, match.index))) continue;
    const region = match[2] ?? '';
    // "Dallas, TX", "Pune, Maharashtra", "Lyon, France"; the region may run into a title ("Pune, Maharashtra Engineer").
    const words = region.split(' ');
    for (let take = words.length; take >= 1; take -= 1) {
      const candidate = words.slice(0, take).join(' ');
      if (isKnownRegion(candidate)) {
        const whole = match[0].slice(0, match[0].length - region.length + candidate.length);
        return Object.assign([whole], { index: match.index, input: text, groups: undefined }) as RegExpExecArray;
      }
    }
  }
  return null;
}

function countryOf(value: string | undefined): string | undefined {
  return value ? countryCodes[value.toLowerCase()] : undefined;
}

/** "City, Region", "City, ST 12345", "City, Region, Country" or a lone country; the region must be a US state, a country or a place compromise knows. */
export function parseLocation(span: TextLine, nlp: ResumeNlp): FoundLocation | null {
  const text = span.text.replace(/^(?:location|address|based in|lives in)\s*:?\s*/i, '');
  const offset = span.text.length - text.length;
  const inner = { text, start: span.start + offset, end: span.end };
  // Resume builders' anonymised exports write the place as "City , State" (sometimes ", Country").
  if (anonymisedPlace.test(text)) return { span: inner, city: 'City', region: 'State' };
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
  const known = isKnownRegion(region) || countryOf(region) !== undefined || countryOf(country) !== undefined || (nlp.isPlace(city) && !hasOrgWord(city));
  if (!known) return null;
  const countryCode = countryOf(country) ?? countryOf(region);
  return { span: inner, city, region, ...(countryCode ? { countryCode } : {}), ...(postal ? { postalCode: postal } : {}) };
}

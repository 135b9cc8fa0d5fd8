import type { ResumeBasics, ResumeProfile } from '#shared/ai/resume.ts';
import type { EntityList } from './entity-list.ts';
import { findEmails, findPhones, findUrls } from './find-contacts.ts';
import { parseLocation } from './find-location.ts';
import { hasTitleWord } from './lexicon.ts';
import type { TextLine } from './resume-lines.ts';
import type { ResumeNlp } from './resume-nlp.ts';
import { matchSectionHeading } from './section-headings.ts';
import { splitFields } from './split-fields.ts';

const nameWord = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}{2,}|de|da|van|von|der|den|del|della|la|le|di|du|bin|binti|al|el|dos|das|y|ibn)$/u;

function looksLikeName(text: string): boolean {
  if (text.length < 4 || text.length > 50 || /[\d@/:|,;()]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !words.every((word) => nameWord.test(word))) return false;
  return matchSectionHeading(text) === null && !/^(?:curriculum vitae|r[ée]sum[ée]|cv|personal data)$/i.test(text);
}

/** "Name: Giulia Bianchi" in a personal-details block. */
function findLabelledName(lines: TextLine[]): TextLine | undefined {
  for (const line of lines) {
    const match = /^(?:full\s+)?name\s*:\s*(\S.*)$/i.exec(line.text);
    if (match?.[1] && looksLikeName(match[1])) {
      const start = line.start + line.text.length - match[1].length;
      return { text: match[1], start, end: line.end };
    }
  }
  return undefined;
}

const networks: [RegExp, string][] = [
  [/linkedin\.com/i, 'LinkedIn'], [/github\.com/i, 'GitHub'], [/gitlab\.com/i, 'GitLab'], [/behance\.net/i, 'Behance'],
  [/dribbble\.com/i, 'Dribbble'], [/(?:twitter|x)\.com/i, 'Twitter'], [/stackoverflow\.com/i, 'Stack Overflow'],
];

function profileOf(url: string): ResumeProfile | null {
  const network = networks.find(([pattern]) => pattern.test(url))?.[1];
  if (!network) return null;
  const username = url.replace(/\/+$/, '').split('/').pop();
  return { network, url, ...(username && !username.includes('.') ? { username } : {}) };
}

const maxNameLineChars = 160;

/** "JANE DOE, RN", "Ahmed Khan, CPA, MBA", "Dr. Ana Ruiz": credentials and honorifics are not part of the name. */
function withoutCredentials(line: TextLine): TextLine {
  // A name is at most 50 characters (looksLikeName); on a long line of commas the pattern below backtracks quadratically.
  if (line.text.length > maxNameLineChars) return line;
  const match = /^(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?(.+?)(?:,\s*(?:[A-Z][A-Za-z.]{1,7}|Ph\.?D\.?)(?:,\s*[A-Z][A-Za-z.]{1,7})*)?$/i.exec(line.text);
  const name = match?.[1];
  if (!name || name === line.text) return line;
  const index = line.text.indexOf(name);
  const suffix = line.text.slice(index + name.length);
  // Only strip what really is a list of credentials (short capitalised tokens).
  if (suffix && !/^(?:,\s*[A-Z][A-Za-z.]{1,7})+$/.test(suffix.replace(/,\s*Ph\.?D\.?/i, ', PhD'))) return line;
  return { text: name, start: line.start + index, end: line.start + index + name.length };
}

/** "SUPERVISOR ACCOUNTANT" → "Supervisor Accountant"; short words such as HR and IT stay as written. */
function titleCase(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => (word.length <= 3 && !/^(?:of|and|the|for|in|to)$/i.test(word) ? word : word[0] + word.slice(1).toLowerCase()));
}

export type ContactInput = { candidates: TextLine[]; contactLines: TextLine[]; allLines: TextLine[] };

/** Name, label, email, phone, location and links from the top of the resume and any contact section. */
export function parseContact(input: ContactInput, nlp: ResumeNlp, entities: EntityList): ResumeBasics {
  const basics: ResumeBasics = {};
  const nameLines = input.candidates.filter((line) => line.text !== '').slice(0, 10);
  // "Michael Brown | michael@x.com | Portland, OR": the name may be the first field of a contact line.
  const firstFields = nameLines.slice(0, 3).map((line) => splitFields(line)[0] ?? line).filter((field) => field.text !== nameLines.find((line) => line.start === field.start)?.text);
  const plain = [...nameLines, ...firstFields].map(withoutCredentials).filter((line) => looksLikeName(line.text.replace(/[.,]$/, '')));
  // A first line that ends in a role word ("SUPERVISOR ACCOUNTANT", "HR Generalist") is the CV's heading, not a name.
  const heading = plain[0]?.start === nameLines[0]?.start ? plain[0] : undefined;
  const headingIsTitle = heading !== undefined && hasTitleWord(heading.text.split(/\s+/).at(-1) ?? '');
  const name = findLabelledName([...input.candidates, ...input.contactLines]) ?? plain.find((line) => !hasTitleWord(line.text)) ?? plain.find((line) => nlp.isPerson(line.text)) ?? (headingIsTitle ? undefined : heading);
  if (!name && heading && headingIsTitle) {
    basics.label = heading.text === heading.text.toUpperCase() ? titleCase(heading.text) : heading.text;
    entities.add('TITLE', heading, 0.7);
  }
  if (name) {
    basics.name = name.text.replace(/[.,]$/, '');
    const first = name.start === nameLines[0]?.start;
    entities.add('PERSON', { start: name.start, end: name.start + basics.name.length }, Math.min(0.98, (first ? 0.8 : 0.65) + (nlp.isPerson(basics.name) ? 0.15 : 0)));
    const nameIndex = nameLines.findIndex((line) => line.start <= name.start && name.start < line.end);
    const next = nameIndex >= 0 ? nameLines[nameIndex + 1] : undefined;
    if (next && !/^(?:curriculum vitae|r[ée]sum[ée]|cv)$/i.test(next.text) && next.text.length <= 70 && !/[@\d]|https?:|www\./i.test(next.text) && matchSectionHeading(next.text) === null && !parseLocation(next, nlp)) {
      basics.label = next.text;
      entities.add('TITLE', next, hasTitleWord(next.text) ? 0.85 : 0.6);
    }
  }
  // Contact details sit in the header or a contact section; only if absent there do we look through the whole text.
  const zone = [...input.candidates, ...input.contactLines];
  const firstOf = <T>(finder: (line: TextLine) => T[], lines: TextLine[]): T | undefined => lines.flatMap(finder)[0];
  const email = firstOf(findEmails, zone) ?? firstOf(findEmails, input.allLines);
  if (email) {
    basics.email = email.text;
    entities.add('EMAIL', email, 0.99);
  }
  const phone = firstOf(findPhones, zone) ?? firstOf(findPhones, input.allLines.slice(0, 25));
  if (phone) {
    basics.phone = phone.text;
    entities.add('PHONE', phone, 0.9);
  }
  const profiles: ResumeProfile[] = [];
  for (const url of [...zone.flatMap(findUrls)]) {
    entities.add('URL', url, 0.95);
    const profile = profileOf(url.text);
    if (profile) {
      if (!profiles.some((known) => known.url === profile.url)) profiles.push(profile);
    } else basics.url ??= url.text;
  }
  if (profiles.length > 0) basics.profiles = profiles;
  for (const line of zone) {
    if (line === name) continue;
    const location = splitFields(line)
      .filter((piece) => !/@|https?:|www\./.test(piece.text))
      .map((piece) => parseLocation(piece, nlp))
      .find((found) => found !== null);
    if (!location) continue;
    entities.add('LOCATION', location.span, location.city ? 0.85 : 0.7);
    const { address, city, region, countryCode, postalCode } = location;
    basics.location = { ...(address ? { address } : {}), ...(city ? { city } : {}), ...(region ? { region } : {}), ...(countryCode ? { countryCode } : {}), ...(postalCode ? { postalCode } : {}) };
    break;
  }
  return basics;
}

import { readWithCompromise } from '#server/ai/offline/language-models.ts';
import type { WorkMode } from '#shared/ai/job.ts';

/** Where a job is done and how: "Remote (EU time zones)" → { location: 'EU time zones', workMode: 'remote' }. */
export type WorkPlace = { location?: string; workMode?: WorkMode };

const notRemote = /\b(?:not|no|non)[- ]remote\b|\bremote work is not\b/i;
const hybrid = /\bhybrid\b|\bpartly remote\b|\b\d days? (?:a|per) week (?:in|at) (?:the |our )?office\b/i;
const remote = /\bremote\b|\bwork from (?:home|anywhere)\b|\bwfh\b|\btelecommut/i;
const onsite = /\bon[- ]?site\b|\bin[- ](?:the[- ])?office\b|\bin[- ]person\b|\boffice[- ]based\b/i;

/** The mode a fragment names first: "Remote, with a hybrid option in Berlin" is remote. */
function firstWorkMode(fragment: string): WorkMode | undefined {
  const found = ([[notRemote, 'onsite'], [hybrid, 'hybrid'], [remote, 'remote'], [onsite, 'onsite']] as const)
    .map(([pattern, mode]) => ({ index: pattern.exec(fragment)?.index ?? Infinity, mode }))
    .sort((a, b) => a.index - b.index)[0];
  return found && found.index < Infinity ? found.mode : undefined;
}

/** remote / hybrid / onsite from the wording of a whole post; hybrid wins when it mentions both remote and office days. */
export function readWorkMode(text: string): WorkMode | undefined {
  if (hybrid.test(text)) return 'hybrid';
  if (notRemote.test(text)) return 'onsite';
  if (remote.test(text)) return 'remote';
  if (onsite.test(text)) return 'onsite';
  return undefined;
}

const arrangementWords =
  /\b(?:(?:fully|100%|mostly|primarily)\s+)?(?:(?:not|non)[- ]remote|remote(?:[- ](?:first|friendly|only))?|hybrid|on[- ]?site|in[- ]office|office[- ]based|in[- ]person|full[- ]time|part[- ]time|contract|permanent|temporary|flexible)\b|\b\d+\s+days?\s+(?:a|per|each)\s+week\b/gi;
const isArrangement = new RegExp(arrangementWords.source, 'i');
const leadingWords = /^(?:[\s,|/:–—-]+|(?:anywhere|based|located|in|at|from|within|across|or|and|with|the|our|an?)\b)+/i;
const trailingWords = /(?:[\s,|/:–—-]+|\b(?:or|and|only|office|offices|hq|headquarters|campus)\b)+$/i;
const placeShape = /^\p{Lu}[\p{L}.'’-]*(?:(?:,\s*|\s+|\s*\/\s*|\s+(?:or|and|&)\s+)(?:\p{Lu}[\p{L}.'’-]*|[A-Z]{2,3}))*(?:\s+time\s?zones?)?$/u;
const notPlaces = /^(?:yes|no|none|n\/a|tbd|anywhere|worldwide|global|flexible|negotiable|office)$/i;

/** A place named in a fragment, stripped of how and when one works there: "in our London office" → London. */
function placeIn(fragment: string): string | undefined {
  const place = fragment.replace(arrangementWords, ' ').replace(leadingWords, '').replace(trailingWords, '').replace(/\s+/g, ' ').trim();
  return place.length <= 60 && placeShape.test(place) && !notPlaces.test(place) ? place : undefined;
}

/**
 * How and where, from a value that is known to be about the workplace ("Location: …", "Work model: …", a title's
 * "- Remote, EU"): parts split by "|", " - " or brackets, the first part that names a place wins, then what is inside
 * brackets ("Remote (US only)" → US).
 */
export function readWorkPlaceValue(value: string): WorkPlace {
  const outside = value.replace(/\([^)]*\)/g, ' | ');
  const inside = [...value.matchAll(/\(([^)]*)\)/g)].map((match) => match[1] ?? '');
  const parts = [...outside.split(/\s*(?:[|•·]|\s[-–—]\s)\s*/), ...inside];
  const location = parts.map(placeIn).find(Boolean);
  const workMode = firstWorkMode(value);
  return { ...(location ? { location } : {}), ...(workMode ? { workMode } : {}) };
}

const placeLabelWords = '(?:job |work |office |primary )?(?:locations?|based in|office|city|place of work|workplace(?: type)?|work ?(?:model|mode|arrangement|setup|style)|working (?:model|mode|arrangement))';
/** A label whose value may also stand on the next line ("Location" as a heading). */
const placeHeading = new RegExp(`^${placeLabelWords}:?$`, 'i');
/** Labels whose value says where or how one works; a mode as a label too ("Hybrid: 3 days a week in the office"). */
const placeLabel = new RegExp(`^(?:${placeLabelWords}|remote|hybrid|on-?site)$`, 'i');
const labelledLine = /^([^:]{2,40}?)\s*(?::|\s[-–—]\s)\s*(.*)$/;
/** Where a value ends: a sentence stop, but not the one of "St. Louis". */
const valueEnd = /(?<!\b(?:St|Ste|Mt|Ft))[.;](?:\s|$)/;

/** A label that is itself a mode ("Remote: yes", "Hybrid: 3 days a week in the office", "Remote: no"). */
function modeOfLabel(label: string, value: string): WorkMode | undefined {
  const mode = firstWorkMode(label);
  if (!mode || !/^(?:no|not)\b/i.test(value)) return mode;
  return mode === 'remote' ? 'onsite' : undefined;
}

/** "Location: …", "Work model: …", "Remote: yes", or a "Location" heading with its value on the next line. */
function readLabelledWorkPlace(text: string): WorkPlace {
  const found: WorkPlace = {};
  const lines = text
    .split('\n')
    .map((line) => line.replace(/\*\*/g, '').replace(/^[\s#>*•·-]+|\s+$/g, ''))
    .filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const labelled = labelledLine.exec(line);
    const label = (labelled ? labelled[1]! : line).trim();
    if (!placeLabel.test(label)) continue;
    const given = labelled?.[2]?.trim() || (placeHeading.test(label) ? (lines[index + 1] ?? '') : '');
    const value = given.split(valueEnd)[0] ?? '';
    const read = readWorkPlaceValue(value);
    found.location ??= read.location;
    found.workMode ??= modeOfLabel(label, value) ?? read.workMode;
  }
  return found;
}

const cityAndState = /\b(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?,\s*[A-Z]{2})\b/u;

/** A place in a line that may name other things too ("St. Luke's Medical Center, Boston, MA"): checked against known places. */
export function readPlace(fragment: string): string | undefined {
  const cityState = cityAndState.exec(fragment)?.[1];
  if (cityState && !isArrangement.test(cityState)) return cityState;
  const place = fragment.replace(arrangementWords, '').replace(/\([^)]*\)/g, '').replace(/^[\s,|/-]+|[\s,|/-]+$/g, '').replace(/\s*,\s*,\s*/g, ', ');
  if (!place || place.length > 80) return undefined;
  const known = readWithCompromise(place).places().out('array');
  if (/^\p{Lu}[\p{L}. '-]*(?:,\s*\p{Lu}[\p{L}. '-]*)?$/u.test(place) && place.length <= 40 && known.length > 0) return place;
  return known.map((name) => name.replace(/[,.;]+$/, '')).find((name) => name.length > 2 && /^\p{Lu}/u.test(name));
}

const placePhrase =
  /\b(?:based in|located in|offices? in|position in|role in|(?:on-?site|hybrid|in[- ]office|remote)(?: \p{Ll}+)? (?:in|within|from|across))\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'-]*)(?:[ ,]+(?:\p{Lu}[\p{L}.'-]*|[A-Z]{2}))*)/u;

/** A place named in running text: "based in Austin, TX", "an on-site position in Leeds", "fully remote within the US". */
function readPlacePhrase(text: string): string | undefined {
  return placePhrase.exec(text)?.[1]?.replace(/[.;,]+$/, '').trim();
}

/**
 * Where and how a job is done. A labelled line says it best; then a title's trailer ("- Remote, EU"), then the lines
 * under the title, then running text. The mode of a labelled line wins over the post's wording, so "Location: Remote
 * (EU time zones). We offer a hybrid option in Berlin" is remote.
 */
export function readWorkPlace(text: string, context: { titleTrailer: string; headerLines: readonly string[] }): WorkPlace {
  const labelled = readLabelledWorkPlace(text);
  const trailer = context.titleTrailer && firstWorkMode(context.titleTrailer) ? readWorkPlaceValue(context.titleTrailer) : {};
  const location =
    labelled.location ??
    trailer.location ??
    (context.titleTrailer ? readPlace(context.titleTrailer) : undefined) ??
    context.headerLines.map(readPlace).find(Boolean) ??
    readPlacePhrase(text);
  const workMode = labelled.workMode ?? trailer.workMode ?? readWorkMode(text);
  return { ...(location ? { location } : {}), ...(workMode ? { workMode } : {}) };
}

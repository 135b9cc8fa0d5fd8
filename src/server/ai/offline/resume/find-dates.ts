/** Dates as resumes write them, normalised to JSON Resume's 'YYYY' / 'YYYY-MM'. */

/** Month names and abbreviations in English, French, German and Spanish (resumes from job sites mix them). */
const monthNames: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
  janv: 1, janvier: 1, févr: 2, fevr: 2, février: 2, fevrier: 2, mars: 3, avr: 4, avril: 4, mai: 5, juin: 6, juil: 7, juillet: 7,
  août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, déc: 12, décembre: 12, decembre: 12,
  januar: 1, februar: 2, märz: 3, maerz: 3, mär: 3, juni: 6, juli: 7, okt: 10, oktober: 10, dez: 12, dezember: 12,
  ene: 1, enero: 1, febrero: 2, marzo: 3, abr: 4, abril: 4, mayo: 5, junio: 6, julio: 7, ago: 8, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, dic: 12, diciembre: 12,
};

const year = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
const month = String.raw`(?:${Object.keys(monthNames)
  .sort((a, b) => b.length - a.length)
  .join('|')})\.?`;
/** "'09": a two-digit year after an apostrophe (or a typographic one). */
const shortYear = String.raw`['’‘]\d{2}(?!\d)`;
const datePart = String.raw`(?:${month},?\s+(?:\d{1,2},?\s+)?'?${year}|(?:0?[1-9]|1[0-2])\s?[/.]\s?${year}|${year}[-/.](?:0[1-9]|1[0-2])(?![\d])|(?:spring|summer|fall|autumn|winter)\s+${year}|${year}|(?:${month}\s+)?${shortYear})`;
const currentWord = String.raw`(?:present|current(?:ly)?|now|today|ongoing|(?:to|till|until)\s+(?:date|now)|date|aujourd['’]hui|présent|actuel(?:lement)?|heute|jetzt|laufend|actualidad|presente|hoy)`;
const rangePattern = new RegExp(String.raw`(?<![\w/.-])(${datePart})\s*(?:-|–|—|~|to|until|till|through|thru)\s*(${datePart}|${currentWord})(?![\w/-])`, 'gi');
const singlePattern = new RegExp(String.raw`(?<![\w/.-])(${datePart})(?![\w/-])`, 'gi');

export type DateSpan = { text: string; index: number; value: string };
export type DateRange = { text: string; index: number; start?: DateSpan; end?: DateSpan; current: boolean };

export function normalizeDate(raw: string): string | null {
  const short = /['’‘](\d{2})$/.exec(raw.trim());
  // '09 is 2009; '95 is 1995 (a two-digit year after the next one is from the last century).
  const text = (short?.[1] ? raw.trim().replace(/['’‘]\d{2}$/, String(Number(short[1]) <= 40 ? 2000 + Number(short[1]) : 1900 + Number(short[1]))) : raw).toLowerCase().replace(/[.,']/g, ' ').trim();
  const years = /(19[5-9]\d|20[0-4]\d)/.exec(text);
  if (!years?.[1]) return null;
  const y = years[1];
  const named = /^(\p{L}+)/u.exec(text)?.[1];
  if (named && monthNames[named]) return `${y}-${String(monthNames[named]).padStart(2, '0')}`;
  const numericMonthFirst = /^(\d{1,2})\s?[/ ]\s?\d{4}$/.exec(text);
  if (numericMonthFirst?.[1]) return `${y}-${numericMonthFirst[1].padStart(2, '0')}`;
  const yearFirst = /^\d{4}[-/ ](\d{2})$/.exec(text);
  if (yearFirst?.[1]) return `${y}-${yearFirst[1]}`;
  return y;
}

function spanOf(text: string, whole: string, wholeIndex: number, from = 0): DateSpan | undefined {
  const value = normalizeDate(text);
  if (!value) return undefined;
  return { text, index: wholeIndex + whole.indexOf(text, from), value };
}

/** Every date range in a line ("Jan 2020 – Present", "2019-2021", "03/2018 - 06/2020", "2015 to 2017"). */
export function findDateRanges(line: string): DateRange[] {
  const ranges: DateRange[] = [];
  for (const match of line.matchAll(rangePattern)) {
    const [whole, from = '', to = ''] = match;
    const current = new RegExp(`^${currentWord}$`, 'i').test(to.trim());
    const start = spanOf(from, whole, match.index);
    const end = current ? undefined : spanOf(to, whole, match.index, from.length);
    if (start && !current && end && end.value < start.value) continue;
    ranges.push({ text: whole, index: match.index, current, ...(start ? { start } : {}), ...(end ? { end } : {}) });
  }
  return ranges;
}

/** Single dates ("May 2017", "2016"), e.g. a graduation or certification date. */
export function findSingleDates(line: string): DateSpan[] {
  const dates: DateSpan[] = [];
  for (const match of line.matchAll(singlePattern)) {
    const value = normalizeDate(match[0]);
    if (value) dates.push({ text: match[0], index: match.index, value });
  }
  return dates;
}

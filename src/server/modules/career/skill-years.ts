/** A date range from the library: `YYYY-MM-DD` strings, an open end meaning "until now". */
export type DateSpan = { dateStarted: string | null; dateFinished: string | null };

function monthIndex(date: string): number {
  const [year = '0', month = '1'] = date.split('-');
  return Number(year) * 12 + Number(month) - 1;
}

/**
 * Years of use of a skill from the experiences that show it: the union of their month ranges (overlapping
 * experiences count once; an experience without an end runs to `now`), rounded to a tenth. Null when no experience
 * has a start date.
 */
export function computeSkillYears(spans: DateSpan[], now: Date): number | null {
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const ranges = spans
    .filter((span): span is { dateStarted: string; dateFinished: string | null } => span.dateStarted !== null)
    .map((span) => {
      const start = monthIndex(span.dateStarted);
      const end = span.dateFinished ? monthIndex(span.dateFinished) : nowMonth;
      return [start, Math.max(start, end) + 1] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  if (ranges.length === 0) return null;
  let months = 0;
  let [currentStart, currentEnd] = ranges[0]!;
  for (const [start, end] of ranges.slice(1)) {
    if (start <= currentEnd) currentEnd = Math.max(currentEnd, end);
    else {
      months += currentEnd - currentStart;
      [currentStart, currentEnd] = [start, end];
    }
  }
  months += currentEnd - currentStart;
  return Math.round((months / 12) * 10) / 10;
}

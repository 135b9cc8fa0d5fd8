/** A JSON Resume date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') as people write it on a CV: "2019", "Mar 2021". */
export function formatResumeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const [year, month] = value.split('-');
  if (!month) return year;
  return new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(year), Number(month) - 1, 1)));
}

/** "Mar 2021 – Present", "2015 – 2017"; an entry without a start shows only its end. */
export function formatResumePeriod(start: string | undefined, end: string | undefined): string {
  const from = formatResumeDate(start);
  const to = formatResumeDate(end) ?? (from ? 'Present' : undefined);
  return [from, to].filter(Boolean).join(' – ');
}

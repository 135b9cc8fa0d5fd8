import type { DateStyle } from '#tests/fixtures/resumes/personas.ts';

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(date: string, style: DateStyle): string {
  const [year = '', month = '01'] = date.split('-');
  const index = Number(month) - 1;
  switch (style) {
    case 'mon':
      return `${shortMonths[index]} ${year}`;
    case 'month':
      return `${longMonths[index]} ${year}`;
    case 'numeric':
      return `${month}/${year}`;
    case 'year':
    case 'to':
      return year;
    case 'iso':
      return `${year}-${month}`;
  }
}

export function formatRange(start: string | undefined, end: string | undefined, style: DateStyle): string {
  const from = start ? formatDate(start, style) : '';
  const to = end ? formatDate(end, style) : style === 'to' ? 'present' : 'Present';
  if (!from) return to;
  if (style === 'to') return `${from} to ${to}`;
  if (style === 'year') return end ? `${from}-${to}` : `${from} – ${to}`;
  if (style === 'month' || style === 'numeric') return `${from} - ${to}`;
  return `${from} – ${to}`;
}

export type PersonalMarkers = { name?: string | null; email?: string | null; phone?: string | null; spans?: readonly { start: number; end: number }[] };

const emailPattern = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const phonePattern = /\+?\d[\d\s().-]{6,}\d/g;
const urlPattern = /\b(https?:\/\/|www\.)\S+/gi;

/** Replaces a match by the same number of characters, so offsets into the text (evidence highlights) stay valid. */
const cover = (match: string) => match.replace(/\S/g, '█');

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Hides a candidate's name (and its parts), emails, phone numbers, links and the given entity spans in a text. */
export function maskText(text: string, markers: PersonalMarkers): string {
  let masked = text;
  for (const span of markers.spans ?? []) {
    if (span.end > span.start && span.end <= masked.length) {
      masked = masked.slice(0, span.start) + cover(masked.slice(span.start, span.end)) + masked.slice(span.end);
    }
  }
  for (const literal of [markers.email, markers.phone]) {
    if (literal) masked = masked.replace(new RegExp(escapeRegExp(literal), 'gi'), cover);
  }
  masked = masked
    .replace(emailPattern, cover)
    .replace(urlPattern, cover)
    .replace(phonePattern, (match) => (/\d{4}\s*[-–]\s*(\d{4}|present)/i.test(match) ? match : cover(match)));
  const nameParts = (markers.name ?? '').split(/\s+/).filter((part) => part.replace(/\W/g, '').length >= 2);
  for (const part of [markers.name ?? '', ...nameParts].filter(Boolean)) {
    masked = masked.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, 'giu'), cover);
  }
  return masked;
}

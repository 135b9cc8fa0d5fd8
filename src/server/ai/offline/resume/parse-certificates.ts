import type { ResumeCertificate } from '#shared/ai/resume.ts';
import type { EntityList } from './entity-list.ts';
import { findSingleDates } from './find-dates.ts';
import { isBullet, stripBullet, trimSpan, type TextLine } from './resume-lines.ts';
import { splitFields } from './split-fields.ts';

function fieldsOf(line: TextLine): TextLine[] {
  // Commas and pipes separate fields; dashes only when there is nothing else (names contain "–": "Architect – Associate").
  const pieces = splitFields(line, /\s*[|,]\s+(?![^(]*\))|\s*\((?=[^)]*\d{4}\)\s*$)|\)\s*$/g);
  return pieces.length > 1 ? pieces : splitFields(line);
}

/**
 * Narrow columns wrap certificate lines. When the section's certificates carry dates, lines without one are
 * joined to the following lines up to the next dated line — but only if that leaves every group ending in a date.
 */
function joinUndatedLines(lines: TextLine[], source: string): TextLine[] {
  const content = lines.filter((line) => line.text !== '');
  const dated = content.map((line) => findSingleDates(line.text).length > 0);
  if (!dated.some(Boolean) || dated[dated.length - 1] !== true || content.some((line) => isBullet(line.text))) return content;
  const groups: TextLine[] = [];
  let open: TextLine | null = null;
  for (const [index, line] of content.entries()) {
    open = open ? { text: source.slice(open.start, line.end).replace(/\s/g, ' '), start: open.start, end: line.end } : line;
    if (dated[index]) {
      groups.push(open);
      open = null;
    }
  }
  const datedCount = dated.filter(Boolean).length;
  return groups.length === datedCount && groups.length < content.length && content.every((line) => line.text.length <= 45 || findSingleDates(line.text).length > 0) ? groups : content;
}

/** One certificate per line or bullet: its name first, then issuer and date in any order ("BLS, American Heart Association, 2023"). */
export function parseCertificates(lines: TextLine[], source: string, entities: EntityList): ResumeCertificate[] {
  const certificates: ResumeCertificate[] = [];
  for (const raw of joinUndatedLines(lines, source)) {
    if (raw.text === '') continue;
    const line = isBullet(raw.text) ? stripBullet(raw) : raw;
    const fields = fieldsOf(line);
    const [name, ...rest] = fields;
    if (!name || name.text.split(/\s+/).length > 14) continue;
    const certificate: ResumeCertificate = { name: name.text };
    entities.add('CERTIFICATION', name, 0.8);
    for (const field of rest) {
      const date = findSingleDates(field.text)[0];
      if (date && !certificate.date) {
        certificate.date = date.value;
        entities.add('DATE', { start: field.start + date.index, end: field.start + date.index + date.text.length }, 0.85);
        const remainder = trimSpan({ text: field.text.replace(date.text, ''), start: field.start, end: field.end });
        if (remainder.text.length < 3) continue;
      }
      if (!certificate.issuer && /\p{L}{2,}/u.test(field.text) && !date && !/^(?:issued|expires?|valid|license|licence|no\.?|#)/i.test(field.text)) {
        certificate.issuer = field.text.replace(/^(?:issued by|by)\s+/i, '');
        entities.add('ORG', field, 0.7);
      }
    }
    certificates.push(certificate);
  }
  return certificates;
}

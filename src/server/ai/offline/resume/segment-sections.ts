import type { TextLine } from './resume-lines.ts';
import { matchInlineHeading, matchSectionHeading, type SectionKey } from './section-headings.ts';

export type Section = { key: SectionKey; heading: TextLine; lines: TextLine[] };
export type SegmentedResume = { header: TextLine[]; sections: Section[] };

/** Splits the lines at section headings; what comes before the first heading is the header (name, contact). */
export function segmentSections(lines: TextLine[]): SegmentedResume {
  const header: TextLine[] = [];
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const line of lines) {
    // Page furniture from multi-page PDFs ("Page 2 of 3") belongs to no section.
    if (/^(?:page\s+)?\d{1,2}\s*(?:of|\/)\s*\d{1,2}$|^page\s+\d{1,2}$/i.test(line.text)) continue;
    const key = line.text === '' ? null : matchSectionHeading(line.text);
    if (key) {
      current = { key, heading: line, lines: [] };
      sections.push(current);
      continue;
    }
    const inline = line.text === '' ? null : matchInlineHeading(line.text);
    if (inline) {
      const content = { text: line.text.slice(inline.contentIndex), start: line.start + inline.contentIndex, end: line.end };
      const heading = { text: line.text.slice(0, inline.contentIndex).trim(), start: line.start, end: line.start + inline.contentIndex };
      // A run of inline headings of the same kind stays one section; inside a skills section "Languages: Java, Go"
      // and "Tools: ..." are skill categories, kept whole.
      if (current?.key === 'skills' && (inline.key === 'skills' || inline.key === 'languages')) current.lines.push(line);
      else if (current?.key === inline.key) current.lines.push(content);
      else {
        current = { key: inline.key, heading, lines: [content] };
        sections.push(current);
      }
      continue;
    }
    if (current) current.lines.push(line);
    else header.push(line);
  }
  return { header, sections };
}

export function sectionsOf(segmented: SegmentedResume, key: SectionKey): Section[] {
  return segmented.sections.filter((section) => section.key === key);
}

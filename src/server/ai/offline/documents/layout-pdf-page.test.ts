import { describe, expect, it } from 'vitest';
import { layoutPdfPage, type PdfTextItem } from './layout-pdf-page.ts';

/** Items as a PDF producer emits them: one per word, 0.5 pt per character at 10 pt, baselines going down the page. */
function words(text: string, x: number, y: number, fontSize = 10): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let cursor = x;
  for (const word of text.split(' ')) {
    const width = word.length * fontSize * 0.5;
    items.push({ text: word, x: cursor, y, width, fontSize });
    cursor += width + fontSize * 0.28;
  }
  return items;
}

const texts = (items: PdfTextItem[]) => layoutPdfPage(items, 612, 1).lines.map((line) => line.text);

describe('layoutPdfPage', () => {
  it('joins word items into lines and keeps a right-aligned date apart with a wide gap, in one column', () => {
    const items = [
      ...words('Registered Nurse', 50, 700),
      ...words('Jan 2020 – Present', 480, 700),
      ...words('• Cared for six patients per shift on a busy cardiac unit with telemetry', 50, 686),
      ...words('• Trained new graduate nurses', 50, 672),
      ...words('Staff Nurse', 50, 650),
      ...words('2017 – 2019', 500, 650),
      ...words('• Triaged emergency patients and documented care in Epic for every shift', 50, 636),
    ];
    const layout = layoutPdfPage(items, 612, 1);
    expect(layout.columns).toBe(1);
    expect(layout.lines.map((line) => line.text).filter(Boolean)).toEqual([
      'Registered Nurse   Jan 2020 – Present',
      '• Cared for six patients per shift on a busy cardiac unit with telemetry',
      '• Trained new graduate nurses',
      'Staff Nurse   2017 – 2019',
      '• Triaged emergency patients and documented care in Epic for every shift',
    ]);
  });

  it('reads a sidebar layout as the left column, then the right column', () => {
    const left = ['CONTACT', 'ana@example.com', '555 010 2000', 'SKILLS', 'Excel', 'Payroll'].flatMap((text, row) => words(text, 30, 700 - row * 14));
    const right = ['EXPERIENCE', 'Payroll Clerk, Acme Ltd', '• Ran weekly payroll for 300 staff', '• Reconciled ledgers every month', 'EDUCATION', 'BSc Accounting'].flatMap((text, row) =>
      words(text, 230, 700 - row * 14),
    );
    const layout = layoutPdfPage([...right, ...left], 612, 1);
    expect(layout.columns).toBe(2);
    const lines = layout.lines.map((line) => line.text).filter(Boolean);
    expect(lines).toEqual(['CONTACT', 'ana@example.com', '555 010 2000', 'SKILLS', 'Excel', 'Payroll', 'EXPERIENCE', 'Payroll Clerk, Acme Ltd', '• Ran weekly payroll for 300 staff', '• Reconciled ledgers every month', 'EDUCATION', 'BSc Accounting']);
  });

  it('joins a bullet the layout wrapped, but not the next bullet or a short line', () => {
    const long = 'Led the migration of the billing platform to event streaming and cut';
    const items = [
      ...words(`• ${long}`, 50, 700),
      ...words('settlement lag by forty percent', 60, 688),
      ...words('• Mentored four engineers', 50, 676),
      ...words('Skills', 50, 650, 13),
    ];
    expect(texts(items).filter(Boolean)).toEqual([`• ${long} settlement lag by forty percent`, '• Mentored four engineers', 'Skills']);
  });

  it('marks larger type as a heading hint', () => {
    const layout = layoutPdfPage([...words('Maya Chen', 50, 740, 22), ...words('Backend engineer with eight years of experience', 50, 700)], 612, 1);
    expect(layout.lines.filter((line) => line.text).map((line) => line.heading)).toEqual([true, false]);
  });
});

import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ResumeModel } from './resume-model.ts';

function blockParagraphs(block: Block, rightTab: number): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 80 }, children: [new TextRun({ text: block.text })] })];
    case 'entry': {
      const title = new Paragraph({
        spacing: { before: 120 },
        tabStops: [{ type: TabStopType.RIGHT, position: rightTab }],
        children: [new TextRun({ text: block.title, bold: true }), ...(block.right ? [new TextRun({ text: `\t${block.right}` })] : [])],
      });
      return block.subtitle ? [title, new Paragraph({ children: [new TextRun({ text: block.subtitle, italics: true })] })] : [title];
    }
    case 'bullet':
      return [new Paragraph({ bullet: { level: 0 }, children: [new TextRun(block.text)] })];
    case 'paragraph':
    case 'line':
      return [new Paragraph({ children: [new TextRun(block.text)] })];
  }
}

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** One column: paragraphs with Word heading styles, bullets and right tab stops for dates. Two columns: a borderless two-cell table. */
export async function renderResumeDocx(model: ResumeModel, layout: 'one-column' | 'two-column'): Promise<Buffer> {
  const header = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: model.name, bold: true })] }),
    new Paragraph({ children: [new TextRun({ text: model.label, size: 26 })] }),
  ];
  let body: (Paragraph | Table)[];
  if (layout === 'one-column') {
    const contact = [model.contact.slice(0, 3).join(' | '), model.contact.slice(3).join(' | ')].filter(Boolean);
    body = [...contact.map((text) => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(text)] })), ...model.main.flatMap((block) => blockParagraphs(block, 9600))];
  } else {
    const cell = (blocks: Block[], width: number, tab: number) =>
      new TableCell({ width: { size: width, type: WidthType.DXA }, borders: noBorders, children: blocks.flatMap((block) => blockParagraphs(block, tab)) });
    body = [
      new Table({
        width: { size: 9600, type: WidthType.DXA },
        rows: [new TableRow({ children: [cell(model.sidebar, 3000, 2800), cell(model.main, 6600, 6400)] })],
      }),
    ];
  }
  const document = new Document({
    creator: 'Parley fixtures',
    title: `${model.name} - Resume`,
    sections: [{ children: [...header, ...body] }],
  });
  return Packer.toBuffer(document);
}

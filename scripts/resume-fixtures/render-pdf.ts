import PDFDocument from 'pdfkit';
import type { Block, ResumeModel } from './resume-model.ts';

type Column = { x: number; width: number; y: number; size: number };

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
}

function newDocument(title: string): PDFKit.PDFDocument {
  // A fixed creation date keeps regenerated fixtures byte-stable.
  return new PDFDocument({ size: 'LETTER', margin: 40, bufferPages: true, info: { Title: title, CreationDate: new Date(Date.UTC(2024, 0, 1)) } });
}

function drawBlock(doc: PDFKit.PDFDocument, column: Column, block: Block): void {
  const { x, width, size } = column;
  switch (block.kind) {
    case 'heading':
      column.y += size * 1.1;
      doc.font('Helvetica-Bold').fontSize(size + 2.5).fillColor('#1f3b63').text(block.text, x, column.y, { width });
      column.y = doc.y + 2;
      doc.moveTo(x, column.y).lineTo(x + width, column.y).lineWidth(0.6).strokeColor('#8aa0bf').stroke();
      column.y += 4;
      break;
    case 'entry': {
      column.y += block.right ? size * 0.2 : size * 0.6;
      const rightWidth = block.right ? Math.min(130, width * 0.4) : 0;
      doc.font('Helvetica-Bold').fontSize(size + 0.5).fillColor('#111111').text(block.title, x, column.y, { width: width - rightWidth - 6 });
      const afterTitle = doc.y;
      if (block.right) doc.font('Helvetica').fontSize(size).text(block.right, x + width - rightWidth, column.y, { width: rightWidth, align: 'right' });
      column.y = Math.max(afterTitle, doc.y);
      if (block.subtitle) {
        doc.font('Helvetica-Oblique').fontSize(size).fillColor('#444444').text(block.subtitle, x, column.y, { width });
        column.y = doc.y;
      }
      column.y += 2;
      break;
    }
    case 'bullet':
      doc.font('Helvetica').fontSize(size).fillColor('#111111').text('•', x + 4, column.y);
      doc.text(block.text, x + 14, column.y, { width: width - 14 });
      column.y = doc.y + 1.5;
      break;
    case 'paragraph':
    case 'line':
      doc.font('Helvetica').fontSize(size).fillColor('#111111').text(block.text, x, column.y, { width });
      column.y = doc.y + 1.5;
      break;
  }
}

/** One column: header, contact line, then sections. Two columns: a shaded sidebar (contact, skills, languages) beside the main column. */
export async function renderResumePdf(model: ResumeModel, layout: 'one-column' | 'two-column'): Promise<Buffer> {
  const doc = newDocument(`${model.name} - Resume`);
  const done = collect(doc);
  if (layout === 'one-column') {
    doc.font('Helvetica-Bold').fontSize(22).fillColor('#111111').text(model.name, 50, 45);
    doc.font('Helvetica').fontSize(12.5).fillColor('#333333').text(model.label, 50, doc.y + 2);
    doc.fontSize(9.5).text(model.contact.slice(0, 3).join('  |  '), 50, doc.y + 4, { width: 512 });
    if (model.contact.length > 3) doc.text(model.contact.slice(3).join('  |  '), 50, doc.y + 1, { width: 512 });
    const column: Column = { x: 50, width: 512, y: doc.y + 4, size: 9.5 };
    for (const block of model.main) drawBlock(doc, column, block);
  } else {
    doc.rect(0, 0, 200, 792).fill('#eef2f7');
    doc.font('Helvetica-Bold').fontSize(20).fillColor('#111111').text(model.name, 225, 40, { width: 347 });
    doc.font('Helvetica').fontSize(12).fillColor('#333333').text(model.label, 225, doc.y + 2, { width: 347 });
    const main: Column = { x: 225, width: 347, y: doc.y + 6, size: 9 };
    for (const block of model.main) drawBlock(doc, main, block);
    const sidebar: Column = { x: 22, width: 160, y: 40, size: 8.5 };
    doc.switchToPage(0);
    for (const block of model.sidebar) drawBlock(doc, sidebar, block);
  }
  doc.end();
  return done;
}

/** A "scan": a page of grey bars where text would be, drawn as vector shapes, so there is no text layer at all. */
export async function renderScannedPdf(): Promise<Buffer> {
  const doc = newDocument('Scanned resume');
  const done = collect(doc);
  doc.rect(0, 0, 612, 792).fill('#fbfaf6');
  let y = 60;
  for (let row = 0; row < 42; row += 1) {
    const width = row % 7 === 0 ? 180 : 300 + ((row * 37) % 200);
    doc.rect(row % 7 === 0 ? 50 : 62, y, width, row % 7 === 0 ? 11 : 6).fill('#555555');
    y += row % 7 === 6 ? 22 : 15;
  }
  doc.end();
  return done;
}

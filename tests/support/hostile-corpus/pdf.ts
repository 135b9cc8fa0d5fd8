import zlib from 'node:zlib';
import { hostile, type HostileFile } from './hostile-file.ts';

/** A PDF string literal: backslashes and parentheses escaped, anything outside Latin-1 dropped. */
function pdfText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (char) => `\\${char}`);
}

/** Objects numbered from 1, with an exact xref table; `objects[i]` is the body of object i + 1. */
export function assemblePdf(objects: readonly (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  for (const [index, body] of objects.entries()) {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    offset += chunk.length;
  }
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function stream(content: Buffer | string, dictionary = ''): Buffer {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'latin1') : content;
  return Buffer.concat([Buffer.from(`<< /Length ${bytes.length} ${dictionary}>>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}

/** A real text PDF: one page per entry, each line drawn in Helvetica from the top down. */
export function textPdf(pages: readonly (readonly string[])[], trailerExtra = ''): Buffer {
  const pageIds = pages.map((_, index) => 4 + index * 2);
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  for (const [index, lines] of pages.entries()) {
    const content = lines.map((line, row) => `BT /F1 11 Tf 56 ${760 - row * 16} Td (${pdfText(line)}) Tj ET`).join('\n');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[index]! + 1} 0 R >>`);
    objects.push(stream(content));
  }
  return assemblePdf(objects, trailerExtra);
}

export const sampleCvLines = [
  'Maria Kowalski',
  'Warehouse Team Lead - Poznan, Poland - maria.kowalski@example.com',
  'Experience',
  'Team Lead, Nordlog Distribution, 2019 - present',
  'Ran a shift of 14 pickers; cut mis-picks by a third with barcode checks.',
  'Skills: inventory control, forklift licence, SAP WM, Excel, team scheduling',
];

/**
 * A PDF that pdf.js opens only with a password: the standard security handler (RC4, revision 2) with an owner and a
 * user key that the empty password does not match, as a PDF "protected against opening" has.
 */
function encryptedPdf(): Buffer {
  const key = (byte: number) => `<${Buffer.alloc(32, byte).toString('hex')}>`;
  const objects = textPdfObjects();
  objects.push(`<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${key(0x4f)} /U ${key(0x55)} /P -44 >>`);
  return assemblePdf(objects, `/Encrypt ${objects.length} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] `);
}

function textPdfObjects(): (string | Buffer)[] {
  const content = sampleCvLines.map((line, row) => `BT /F1 11 Tf 56 ${760 - row * 16} Td (${pdfText(line)}) Tj ET`).join('\n');
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    stream(content),
  ];
}

/**
 * A page whose content stream inflates from a few hundred kilobytes to `expandedMb` megabytes of drawing operators: one
 * megabyte deflated once, its flushed blocks repeated (deflate blocks concatenate), then an empty final block.
 */
function contentBombPdf(expandedMb: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(1024 * 1024, 'q Q '), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const body = Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: expandedMb }, () => block), Buffer.from([0x03, 0x00, 0, 0, 0, 0])]);
  const objects = textPdfObjects();
  objects[4] = stream(body, '/Filter /FlateDecode ');
  return assemblePdf(objects);
}

/** Arrays nested `depth` deep inside the page dictionary: a recursive parser runs out of stack. */
function deeplyNestedPdf(depth: number): Buffer {
  const objects = textPdfObjects();
  objects[3] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R /Junk ${'['.repeat(depth)}${']'.repeat(depth)} >>`;
  return assemblePdf(objects);
}

/** A page tree whose pages are their own parents and kids: walking it never ends unless the reader notices. */
function cyclicPdf(): Buffer {
  return assemblePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>', '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>']);
}

export function hostilePdfs(): HostileFile[] {
  const valid = textPdf([sampleCvLines]);
  const pdf = (label: string, bytes: Buffer | string | (() => Buffer | string), fileName = 'cv.pdf') => hostile(label, fileName, 'application/pdf', bytes);
  return [
    pdf('empty PDF', Buffer.alloc(0)),
    pdf('PDF header only', '%PDF-1.7\n'),
    pdf('truncated PDF (first half)', valid.subarray(0, Math.floor(valid.length / 2))),
    pdf('PDF with garbage after the header', `%PDF-1.4\n${'\u0000\u00ff garbage obj << >> '.repeat(400)}`),
    pdf('PDF with a lying xref table', valid.toString('latin1').replace(/\d{10} 00000 n/g, '9999999999 00000 n')),
    pdf('password-protected PDF', () => encryptedPdf()),
    pdf('PDF with arrays nested 200 000 deep', () => deeplyNestedPdf(200_000)),
    pdf('PDF with a cyclic page tree', cyclicPdf()),
    pdf('PDF whose content stream inflates to 150 MB', () => contentBombPdf(150)),
    pdf('PDF with 3 000 pages', () => textPdf(Array.from({ length: 3000 }, (_, index) => [`Page ${index + 1} of a very long CV`, ...sampleCvLines]))),
    pdf('PNG image named .pdf', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)])),
    pdf('HTML page named .pdf', '<!doctype html><html><body><script>alert(1)</script>Maria Kowalski</body></html>'),
    pdf('PDF that is also a ZIP (polyglot)', Buffer.concat([valid, Buffer.from('PK\u0003\u0004 not really a zip', 'latin1')])),
    pdf('HTML with a PDF header inside (polyglot)', `<html><script>alert(1)</script><!--\n%PDF-1.4\n-->${valid.toString('latin1').slice(9)}`),
    pdf('valid PDF named .docx', valid, 'cv.docx'),
  ];
}

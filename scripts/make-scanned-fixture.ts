/**
 * Generates tests/fixtures/resumes/scanned-text.pdf: page 1 of software-engineer.pdf rasterised by pdftoppm and embedded
 * as the only content of a new PDF, so it looks like a scan (text visible, no text layer) for the OCR tests.
 * Needs pdftoppm (Debian: poppler-utils). Run: npx tsx scripts/make-scanned-fixture.ts
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';

const fixtures = join(import.meta.dirname, '..', 'tests', 'fixtures', 'resumes');
const source = join(fixtures, 'software-engineer.pdf');
const target = join(fixtures, 'scanned-text.pdf');

function renderImagePdf(png: Buffer): Promise<Buffer> {
  // A fixed creation date keeps a regenerated fixture byte-stable.
  const doc = new PDFDocument({ size: 'LETTER', margin: 0, info: { Title: 'Scanned resume', CreationDate: new Date(Date.UTC(2024, 0, 1)) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.image(png, 0, 0, { width: 612, height: 792 });
  doc.end();
  return done;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-scan-'));
  try {
    // 150 dpi greyscale, like an office scanner's default, keeps the fixture small yet legible to OCR.
    await promisify(execFile)('pdftoppm', ['-r', '150', '-gray', '-png', '-singlefile', '-f', '1', '-l', '1', source, join(dir, 'page')]);
    const pdf = await renderImagePdf(await readFile(join(dir, 'page.png')));
    await writeFile(target, pdf);
    console.log(`wrote ${target} (${pdf.length} bytes)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();

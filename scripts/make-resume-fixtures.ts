/**
 * Generates the resume fixtures in tests/fixtures/resumes/ from the known personas:
 * PDF (one- or two-column) and DOCX for every persona, some TXT/MD, one JSON Resume,
 * a scanned-like PDF with no text layer and a corrupt PDF. Run: npx tsx scripts/make-resume-fixtures.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { personas } from '#tests/fixtures/resumes/personas.ts';
import { personaToJsonResume } from './resume-fixtures/persona-to-json-resume.ts';
import { renderResumeDocx } from './resume-fixtures/render-docx.ts';
import { renderResumePdf, renderScannedPdf } from './resume-fixtures/render-pdf.ts';
import { renderResumeText } from './resume-fixtures/render-text.ts';
import { buildResumeModel } from './resume-fixtures/resume-model.ts';

const outDir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'resumes');

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  let count = 0;
  for (const persona of personas) {
    const model = buildResumeModel(persona);
    await writeFile(join(outDir, `${persona.id}.pdf`), await renderResumePdf(model, persona.layout));
    await writeFile(join(outDir, `${persona.id}.docx`), await renderResumeDocx(model, persona.layout));
    count += 2;
    for (const format of persona.textFormats ?? []) {
      await writeFile(join(outDir, `${persona.id}.${format}`), renderResumeText(model, format === 'md'));
      count += 1;
    }
  }
  const jsonPersona = personas.find((persona) => persona.id === 'data-analyst');
  if (jsonPersona) await writeFile(join(outDir, 'data-analyst.resume.json'), `${JSON.stringify(personaToJsonResume(jsonPersona), null, 2)}\n`);
  await writeFile(join(outDir, 'scanned.pdf'), await renderScannedPdf());
  // Looks like a PDF (magic bytes and a header) but the body is not PDF syntax.
  const corrupt = Buffer.concat([Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R'), Buffer.from('\x00\x13\x37garbage'.repeat(64), 'latin1')]);
  await writeFile(join(outDir, 'corrupt.pdf'), corrupt);
  console.log(`wrote ${count + 3} fixtures for ${personas.length} personas to ${outDir}`);
}

await main();

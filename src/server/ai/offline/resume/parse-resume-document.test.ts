import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsedResumeSchema } from '#shared/ai/resume.ts';
import { diffPersona } from '#tests/fixtures/resumes/diff-persona.ts';
import { personas } from '#tests/fixtures/resumes/personas.ts';
import { extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
import { parseResumeDocument } from './parse-resume-document.ts';
import { isOcrAvailable } from '#server/ai/offline/documents/index.ts';

const ocrInstalled = await isOcrAvailable();

const fixtures = join(import.meta.dirname, '..', '..', '..', '..', '..', 'tests', 'fixtures', 'resumes');

async function parseFixture(fileName: string) {
  const bytes = new Uint8Array(await readFile(join(fixtures, fileName)));
  return parseResumeDocument({ bytes, fileName });
}

const cases = personas.flatMap((persona) =>
  (['pdf', 'docx', 'txt', 'md'] as const)
    .filter((format) => existsSync(join(fixtures, `${persona.id}.${format}`)))
    .map((format) => ({ persona, format, label: `${persona.profession} (${format}, ${persona.layout})` })),
);

describe('parseResumeDocument on the persona fixtures', () => {
  it('covers one- and two-column PDFs, DOCX, TXT and Markdown of at least 20 professions', () => {
    const formats = new Set(cases.map((c) => `${c.format}:${c.persona.layout}`));
    expect(formats).toEqual(new Set(['pdf:one-column', 'pdf:two-column', 'docx:one-column', 'docx:two-column', 'txt:one-column', 'txt:two-column', 'md:one-column']));
    expect(new Set(cases.map((c) => c.persona.profession)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('reads every field of the $label resume', async ({ persona, format }) => {
    const parsed = await parseFixture(`${persona.id}.${format}`);
    const mentions = extractSkills(parsed.text);
    const canonical = (skill: string) => mentions.find((mention) => mention.text.toLowerCase() === skill.toLowerCase())?.name ?? skill;
    expect(diffPersona(parsed, persona, canonical)).toEqual([]);
    expect(parsedResumeSchema.safeParse(parsed).success).toBe(true);
  });

  it('warns about a two-column layout and finds entities with exact offsets', async () => {
    const parsed = await parseFixture('mechanical-engineer.pdf');
    expect(parsed.warnings).toContain('two-column layout detected: the left column was read before the right column');
    const byType = (type: string) => parsed.entities.filter((entity) => entity.type === type).map((entity) => entity.text);
    expect(byType('PERSON')).toEqual(['Lukas Becker']);
    expect(byType('EMAIL')).toContain('lukas.becker@example.de');
    expect(byType('PHONE')).toEqual(['+49 89 1234 5678']);
    expect(byType('ORG')).toEqual(expect.arrayContaining(['BMW Group', 'Bosch', 'Technical University of Munich']));
    expect(byType('TITLE')).toEqual(expect.arrayContaining(['Mechanical Design Engineer', 'Test Engineer']));
    expect(byType('DEGREE')).toEqual(['Master of Science in Mechanical Engineering']);
    expect(byType('LANGUAGE')).toEqual(['German', 'English']);
    expect(byType('CERTIFICATION')).toEqual(['Certified SolidWorks Professional']);
    expect(byType('SKILL')).toEqual(expect.arrayContaining(['CATIA V5', 'ANSYS', 'MATLAB']));
    expect(byType('DATE')).toEqual(expect.arrayContaining(['04/2018', '10/2015', '03/2018']));
    for (const entity of parsed.entities) {
      expect(parsed.text.slice(entity.start, entity.end)).toBe(entity.text);
      expect(entity.confidence).toBeGreaterThan(0);
      expect(entity.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('passes a JSON Resume document through unchanged, with entities on its rendered text', async () => {
    const raw = JSON.parse(await readFile(join(fixtures, 'data-analyst.resume.json'), 'utf8')) as Record<string, unknown>;
    const parsed = await parseFixture('data-analyst.resume.json');
    expect(parsed.format).toBe('json');
    expect(parsed.resume).toEqual(raw);
    expect(parsed.text).toContain('Daniel Okafor');
    expect(parsed.entities.find((entity) => entity.type === 'EMAIL')?.text).toBe('daniel.okafor@example.org');
    expect(parsed.warnings).toEqual([]);
  });

  it.runIf(ocrInstalled || process.env.REQUIRE_OCR === '1')('parses a scanned resume read by OCR and warns that the text was recognised', { timeout: 60_000 }, async () => {
    const parsed = await parseFixture('scanned-text.pdf');
    expect(parsed.warnings).toContain('text recognised by OCR; check for errors');
    expect(parsed.resume.basics?.name).toBe('Maya Chen');
    expect(parsed.resume.basics?.email).toBe('maya.chen@example.com');
    expect((await parseFixture('software-engineer.pdf')).warnings).not.toContain('text recognised by OCR; check for errors');
  });

  it('gives the same result twice (deterministic)', async () => {
    const first = await parseFixture('chef.pdf');
    const second = await parseFixture('chef.pdf');
    expect(second).toEqual(first);
  });
});

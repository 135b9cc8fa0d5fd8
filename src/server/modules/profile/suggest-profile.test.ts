import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSkills, parseResumeTask } from '#server/ai/index.ts';
import { saveProfileBodySchema } from '#shared/contracts/profile.ts';
import { personas, type Persona } from '#tests/fixtures/resumes/personas.ts';
import { createTestEngine } from '#tests/support/fake-llm/test-engine.ts';
import { suggestProfile } from './suggest-profile.ts';

const now = new Date('2026-03-15T00:00:00Z');
const offline = createTestEngine(undefined);
const fixture = (name: string) => new URL(`../../../../tests/fixtures/resumes/${name}`, import.meta.url);

async function suggestFromFixture(persona: Persona, extension: 'pdf' | 'docx') {
  const bytes = new Uint8Array(fs.readFileSync(fixture(`${persona.id}.${extension}`)));
  const { output: parsed } = await offline.run(parseResumeTask, { bytes, fileName: `${persona.id}.${extension}` });
  return suggestProfile({ resume: parsed.resume, skills: extractSkills(parsed.text) }, now);
}

/** Months the persona worked, overlaps once, a current job up to `now`. */
function personaYears(persona: Persona): number {
  const month = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const worked = new Set<number>();
  for (const job of persona.work) {
    const end = job.end ? month(job.end) : now.getUTCFullYear() * 12 + now.getUTCMonth();
    for (let at = month(job.start); at < end; at += 1) worked.add(at);
  }
  return worked.size / 12;
}

describe('suggestProfile from real CVs', () => {
  const sample = personas.filter((persona) => ['data-analyst', 'registered-nurse', 'software-engineer', 'accountant', 'chef'].includes(persona.id));

  it.each(sample.flatMap((persona) => (['pdf', 'docx'] as const).map((extension) => [persona.id, extension, persona] as const)))(
    '%s.%s: name, most recent title, years and listed skills of the persona',
    async (_id, extension, persona) => {
      const suggested = await suggestFromFixture(persona, extension);
      expect(suggested.fullName).toBe(persona.name);
      expect(suggested.targetRoles[0]).toBe(persona.work[0]!.position);
      expect(Math.abs(suggested.yearsOfExperience! - personaYears(persona))).toBeLessThanOrEqual(1);
      const keySkills = suggested.keySkills.map((skill) => skill.toLowerCase());
      // The parser writes canonical names ("Kafka" → "Apache Kafka", "Reconciliations" → "Account reconciliation").
      for (const skill of persona.skills) {
        const spellings = [skill, extractSkills(skill)[0]?.name ?? skill].map((name) => name.toLowerCase());
        const found = keySkills.some((suggestion) => spellings.some((spelling) => suggestion.includes(spelling) || spelling.includes(suggestion)));
        expect(found, `${skill} in ${keySkills.join(', ')}`).toBe(true);
      }
      expect(saveProfileBodySchema.safeParse(suggested).success).toBe(true);
    },
  );

  it('reads industries from the employers and the work described', async () => {
    const byId = (id: string) => personas.find((persona) => persona.id === id)!;
    expect((await suggestFromFixture(byId('registered-nurse'), 'pdf')).industries[0]).toBe('Healthcare');
    expect((await suggestFromFixture(byId('accountant'), 'pdf')).industries[0]).toBe('Financial services');
    expect((await suggestFromFixture(byId('chef'), 'pdf')).industries).toContain('Hospitality and food');
  });
});

describe('suggestProfile rules', () => {
  it('counts overlapping jobs once and a current job up to now', () => {
    const suggested = suggestProfile(
      {
        resume: {
          work: [
            { position: 'Lead', startDate: '2020-03' },
            { position: 'Contractor', startDate: '2019-01', endDate: '2021-01' },
            { position: 'Intern', startDate: '2016-03', endDate: '2016-09' },
          ],
        },
        skills: [],
      },
      now,
    );
    // 2019-01 → 2026-03 is 7 years 2 months; the internship adds half a year.
    expect(suggested.yearsOfExperience).toBe(8);
    expect(suggested.targetRoles).toEqual(['Lead']);
  });

  it('leaves years unknown without dates and takes the first title then', () => {
    const suggested = suggestProfile({ resume: { basics: { label: 'Welder' }, work: [{ position: 'Welder' }, { position: 'Fitter' }] }, skills: [] }, now);
    expect(suggested).toMatchObject({ fullName: null, yearsOfExperience: null, targetRoles: ['Welder'] });
  });

  it('keeps skills once, leaves out languages, job titles and unsure mentions, and stays within the limits', () => {
    const mention = (name: string, confidence = 1) => ({ start: 0, end: 1, text: name, name, kind: 'knowledge' as const, source: 'curated' as const, confidence });
    const suggested = suggestProfile(
      {
        resume: {
          basics: { name: `  ${'N'.repeat(250)}  ` },
          work: [{ position: 'Data Analyst', startDate: '2020-01' }],
          skills: [{ name: 'SQL' }, { name: 'sql' }],
          languages: [{ language: 'English' }],
        },
        skills: [mention('English'), mention('Data Analyst'), mention('Go', 0.3), mention('Python'), mention('Tableau'), mention('Tableau'), ...Array.from({ length: 40 }, (_, index) => mention(`Tool ${index}`))],
      },
      now,
    );
    expect(suggested.keySkills.slice(0, 3)).toEqual(['SQL', 'Tableau', 'Python']);
    expect(suggested.keySkills).not.toContain('English');
    expect(suggested.keySkills).not.toContain('Go');
    // Every skill the CV names is kept (SQL, Tableau, Python and the 40 tools): no cap drops one.
    expect(suggested.keySkills).toHaveLength(43);
    expect(suggested.fullName).toHaveLength(200);
    expect(saveProfileBodySchema.safeParse(suggested).success).toBe(true);
  });

  it('keeps the whole skills section of a long CV, its last skill included', () => {
    const listed = [...Array.from({ length: 34 }, (_, index) => `Tool ${index}`), 'Windows Server'];
    const suggested = suggestProfile({ resume: { basics: { name: 'Sam Sysadmin' }, skills: listed.map((name) => ({ name })) }, skills: [] }, now);
    expect(suggested.keySkills).toEqual(listed);
    expect(saveProfileBodySchema.safeParse(suggested).success).toBe(true);
  });
});

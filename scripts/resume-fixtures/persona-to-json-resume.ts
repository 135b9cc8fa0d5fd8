import type { Persona } from '#tests/fixtures/resumes/personas.ts';

/** The persona as a JSON Resume document (jsonresume.org), the input format that passes straight through. */
export function personaToJsonResume(persona: Persona): Record<string, unknown> {
  const profiles = [
    persona.linkedin ? { network: 'LinkedIn', url: persona.linkedin } : null,
    persona.github ? { network: 'GitHub', url: persona.github } : null,
  ].filter(Boolean);
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: persona.name,
      label: persona.label,
      email: persona.email,
      phone: persona.phone,
      ...(persona.website ? { url: persona.website } : {}),
      summary: persona.summary,
      location: { city: persona.city, region: persona.region, countryCode: persona.countryCode },
      profiles,
    },
    work: persona.work.map((job) => ({
      name: job.company,
      position: job.position,
      location: job.location,
      startDate: job.start,
      ...(job.end ? { endDate: job.end } : {}),
      highlights: job.highlights,
    })),
    education: persona.education.map((school) => ({
      institution: school.institution,
      studyType: school.studyType,
      ...(school.area ? { area: school.area } : {}),
      ...(school.start ? { startDate: school.start } : {}),
      endDate: school.end,
    })),
    skills: [{ name: 'Skills', keywords: persona.skills }],
    certificates: persona.certificates.map((c) => ({ name: c.name, issuer: c.issuer, date: c.date })),
    languages: persona.languages.map((l) => ({ language: l.language, fluency: l.fluency })),
  };
}

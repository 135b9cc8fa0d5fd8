import type { HeadingCase, HeadingSet, Persona } from '#tests/fixtures/resumes/personas.ts';
import { formatDate, formatRange } from './format-dates.ts';

/** A format-neutral resume: every renderer (PDF, DOCX, TXT, MD) draws the same blocks, so they carry the same data. */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'entry'; title: string; right?: string; subtitle?: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'line'; text: string };

export type ResumeModel = { name: string; label: string; contact: string[]; sidebar: Block[]; main: Block[] };

type SectionKey = 'summary' | 'work' | 'education' | 'skills' | 'certificates' | 'languages' | 'contact';

const headingSets: Record<HeadingSet, Record<SectionKey, string>> = {
  a: { summary: 'Summary', work: 'Experience', education: 'Education', skills: 'Skills', certificates: 'Certifications', languages: 'Languages', contact: 'Contact' },
  b: { summary: 'Profile', work: 'Work History', education: 'Education & Training', skills: 'Core Competencies', certificates: 'Licenses & Certifications', languages: 'Languages', contact: 'Contact' },
  c: { summary: 'Professional Summary', work: 'Professional Experience', education: 'Academic Background', skills: 'Areas of Expertise', certificates: 'Certificates', languages: 'Language Skills', contact: 'Contact Details' },
  d: { summary: 'About Me', work: 'Employment History', education: 'Qualifications', skills: 'Key Skills', certificates: 'Credentials', languages: 'Languages Spoken', contact: 'Get in Touch' },
};

function heading(persona: Persona, key: SectionKey): Block {
  const text = headingSets[persona.headings][key];
  const cased: Record<HeadingCase, string> = { upper: text.toUpperCase(), title: text, colon: `${text}:` };
  return { kind: 'heading', text: cased[persona.headingCase] };
}

function workBlocks(persona: Persona): Block[] {
  const blocks: Block[] = [heading(persona, 'work')];
  for (const job of persona.work) {
    const dates = formatRange(job.start, job.end, persona.dateStyle);
    switch (persona.entryStyle) {
      case 'pipe':
        blocks.push({ kind: 'entry', title: `${job.position} | ${job.company} | ${job.location}`, subtitle: dates });
        break;
      case 'at':
        blocks.push({ kind: 'entry', title: `${job.position} at ${job.company}`, subtitle: `${job.location} · ${dates}` });
        break;
      case 'company-first':
        blocks.push({ kind: 'entry', title: `${job.company} — ${job.location}` }, { kind: 'entry', title: job.position, right: dates });
        break;
      case 'comma':
        blocks.push({ kind: 'entry', title: `${job.position}, ${job.company}`, right: dates, subtitle: job.location });
        break;
    }
    for (const highlight of job.highlights) blocks.push({ kind: 'bullet', text: highlight });
  }
  return blocks;
}

function educationBlocks(persona: Persona): Block[] {
  const blocks: Block[] = [heading(persona, 'education')];
  for (const school of persona.education) {
    const degree = school.area ? `${school.studyType} in ${school.area}` : school.studyType;
    const dates = formatRange(school.start, school.end, persona.dateStyle);
    if (persona.entryStyle === 'pipe' || persona.entryStyle === 'comma') {
      blocks.push({ kind: 'entry', title: school.institution, right: dates, subtitle: degree });
    } else {
      blocks.push({ kind: 'entry', title: degree, subtitle: `${school.institution} · ${dates}` });
    }
  }
  return blocks;
}

function listBlocks(persona: Persona, sidebar: boolean): Block[] {
  const separator = persona.headings === 'b' ? ' – ' : persona.headings === 'c' ? ': ' : ' ';
  const language = (l: Persona['languages'][number]) => (separator === ' ' ? `${l.language} (${l.fluency})` : `${l.language}${separator}${l.fluency}`);
  const certificate = (c: Persona['certificates'][number]) => `${c.name}, ${c.issuer}, ${formatDate(c.date, persona.dateStyle)}`;
  const skills: Block[] = sidebar
    ? persona.skills.map((text) => ({ kind: 'line', text }))
    : persona.headings === 'b' || persona.headings === 'd'
      ? persona.skills.map((text) => ({ kind: 'bullet', text }))
      : [{ kind: 'paragraph', text: persona.skills.join(', ') }];
  return [
    heading(persona, 'skills'),
    ...skills,
    heading(persona, 'certificates'),
    ...persona.certificates.map((c): Block => ({ kind: sidebar ? 'line' : 'bullet', text: certificate(c) })),
    heading(persona, 'languages'),
    ...persona.languages.map((l): Block => ({ kind: 'line', text: language(l) })),
  ];
}

export function buildResumeModel(persona: Persona): ResumeModel {
  const place = `${persona.city}, ${persona.region}`;
  const links = [persona.linkedin, persona.github, persona.website].filter((link): link is string => Boolean(link));
  const contact = [persona.email, persona.phone, place, ...links];
  const summary: Block[] = [heading(persona, 'summary'), { kind: 'paragraph', text: persona.summary }];
  if (persona.layout === 'two-column') {
    const sidebar: Block[] = [heading(persona, 'contact'), ...contact.map((text): Block => ({ kind: 'line', text })), ...listBlocks(persona, true)];
    return { name: persona.name, label: persona.label, contact: [], sidebar, main: [...summary, ...workBlocks(persona), ...educationBlocks(persona)] };
  }
  return { name: persona.name, label: persona.label, contact, sidebar: [], main: [...summary, ...workBlocks(persona), ...educationBlocks(persona), ...listBlocks(persona, false)] };
}

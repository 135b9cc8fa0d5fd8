import type { Resume } from '#shared/ai/resume.ts';

function range(start?: string, end?: string): string {
  if (!start && !end) return '';
  return `${start ?? ''} - ${end ?? 'Present'}`;
}

function joinPresent(parts: (string | undefined)[], separator: string): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(separator);
}

/** Plain text for a JSON Resume, so a JSON input gets the same text, entities and evidence offsets as a file. */
export function renderResumeText(resume: Resume): string {
  const out: string[] = [];
  const basics = resume.basics;
  if (basics) {
    out.push(...[basics.name, basics.label].filter((value): value is string => Boolean(value)));
    const location = basics.location ? joinPresent([basics.location.city, basics.location.region, basics.location.countryCode], ', ') : '';
    const contact = joinPresent([basics.email, basics.phone, location, basics.url], ' | ');
    if (contact) out.push(contact);
    for (const profile of basics.profiles ?? []) out.push(joinPresent([profile.network, profile.url ?? profile.username], ': '));
    if (basics.summary) out.push('', 'Summary', basics.summary);
  }
  if (resume.work?.length) {
    out.push('', 'Experience');
    for (const job of resume.work) {
      out.push('', joinPresent([job.position, job.name, job.location], ' | '));
      const dates = range(job.startDate, job.endDate);
      if (dates) out.push(dates);
      if (job.summary) out.push(job.summary);
      for (const highlight of job.highlights ?? []) out.push(`• ${highlight}`);
    }
  }
  if (resume.education?.length) {
    out.push('', 'Education');
    for (const school of resume.education) {
      const degree = joinPresent([school.studyType, school.area], ' in ');
      out.push('', joinPresent([degree, school.institution], ' | '));
      const dates = range(school.startDate, school.endDate);
      if (dates) out.push(dates);
      if (school.score) out.push(`Score: ${school.score}`);
    }
  }
  if (resume.skills?.length) {
    out.push('', 'Skills');
    for (const skill of resume.skills) out.push(skill.keywords?.length ? `${skill.name}: ${skill.keywords.join(', ')}` : skill.name);
  }
  if (resume.certificates?.length) {
    out.push('', 'Certifications');
    for (const certificate of resume.certificates) out.push(joinPresent([certificate.name, certificate.issuer, certificate.date], ' | '));
  }
  if (resume.languages?.length) {
    out.push('', 'Languages');
    for (const language of resume.languages) out.push(joinPresent([language.language, language.fluency], ' - '));
  }
  if (resume.projects?.length) {
    out.push('', 'Projects');
    for (const project of resume.projects) {
      out.push(joinPresent([project.name, project.url], ' | '));
      if (project.description) out.push(project.description);
      for (const highlight of project.highlights ?? []) out.push(`• ${highlight}`);
    }
  }
  return out.join('\n').trim();
}

import type { Education, Employment, Experience, LibraryProposal, Skill } from '#shared/contracts/career.ts';
import { skillLevels, type SkillLevel } from '#shared/vocabulary.ts';

/**
 * JSON Resume in and out (jsonresume.org schema 1.0). Import accepts the old key names too (`work[].company`,
 * `website`, `picture`, `gpa`), reads dates written YYYY, YYYY-MM or YYYY-MM-DD and names, by field path, any it cannot
 * read. Export writes only the 1.0 names and omits what is empty, so the document validates against the official
 * schema; experience ↔ skill links have no place there (Parley's own export keeps them).
 */

type Json = Record<string, unknown>;

const asList = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((item): item is Json => typeof item === 'object' && item !== null) : []);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter((item): item is string => item !== null) : []);
const clip = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

function readDate(value: unknown, path: string, warnings: string[]): string | null {
  const raw = text(value);
  if (!raw || /^(present|current|now|today|ongoing)$/i.test(raw)) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(raw);
  if (!match || (match[2] && (Number(match[2]) < 1 || Number(match[2]) > 12))) {
    warnings.push(`${path}: "${raw}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD; left empty`);
    return null;
  }
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}

function readLevel(value: unknown): SkillLevel | null {
  const raw = text(value)?.toLowerCase() ?? '';
  if ((skillLevels as readonly string[]).includes(raw)) return raw as SkillLevel;
  if (/master|expert|senior/.test(raw)) return 'expert';
  if (/advanced|proficient|strong/.test(raw)) return 'advanced';
  if (/intermediate|working|good/.test(raw)) return 'intermediate';
  if (/beginner|basic|novice|familiar|junior/.test(raw)) return 'beginner';
  return null;
}

/** What a JSON Resume (or a CV parsed into one) would add to the library, for the user to review. */
export function proposalFromJsonResume(document: Json, source: LibraryProposal['source']): LibraryProposal {
  const warnings: string[] = [];
  const proposal: LibraryProposal = { source, warnings, employments: [], educations: [], experiences: [], skills: [] };

  asList(document.work).forEach((job, index) => {
    const path = `work[${index}]`;
    const companyName = text(job.name) ?? text(job.company);
    if (!companyName) {
      warnings.push(`${path}.name: no company name; skipped`);
      return;
    }
    const key = `work-${index}`;
    const dateStarted = readDate(job.startDate, `${path}.startDate`, warnings);
    const dateFinished = readDate(job.endDate, `${path}.endDate`, warnings);
    proposal.employments.push({
      key,
      companyName: clip(companyName, 200),
      title: text(job.position) && clip(text(job.position)!, 200),
      location: text(job.location) && clip(text(job.location)!, 200),
      description: text(job.summary) ?? text(job.description),
      dateStarted,
      dateFinished,
    });
    strings(job.highlights).forEach((highlight, highlightIndex) => {
      proposal.experiences.push({ key: `${key}-highlight-${highlightIndex}`, employmentKey: key, title: clip(highlight, 300), description: highlight.length > 300 ? highlight : null, type: 'achievement', dateStarted, dateFinished, skills: [] });
    });
  });

  asList(document.volunteer).forEach((role, index) => {
    const organization = text(role.organization) ?? text(role.name);
    const position = text(role.position);
    if (!organization && !position) return;
    const path = `volunteer[${index}]`;
    proposal.experiences.push({
      key: `volunteer-${index}`,
      title: clip([position, organization].filter(Boolean).join(', '), 300),
      description: [text(role.summary), ...strings(role.highlights)].filter(Boolean).join('\n') || null,
      type: 'volunteer',
      dateStarted: readDate(role.startDate, `${path}.startDate`, warnings),
      dateFinished: readDate(role.endDate, `${path}.endDate`, warnings),
      skills: [],
    });
  });

  asList(document.education).forEach((school, index) => {
    const path = `education[${index}]`;
    const institutionName = text(school.institution);
    if (!institutionName) {
      warnings.push(`${path}.institution: no institution; skipped`);
      return;
    }
    const score = Number.parseFloat(text(school.score) ?? text(school.gpa) ?? '');
    proposal.educations.push({
      key: `education-${index}`,
      institutionName: clip(institutionName, 200),
      degree: text(school.studyType) && clip(text(school.studyType)!, 200),
      major: text(school.area) && clip(text(school.area)!, 200),
      minor: null,
      gpa: Number.isFinite(score) && score >= 0 && score <= 100 ? score : null,
      location: null,
      dateStarted: readDate(school.startDate, `${path}.startDate`, warnings),
      dateFinished: readDate(school.endDate, `${path}.endDate`, warnings),
    });
  });

  const seenSkills = new Set<string>();
  const addSkill = (name: string, extra: { level?: SkillLevel | null; category?: string | null }) => {
    const trimmed = clip(name, 100);
    if (seenSkills.has(trimmed.toLowerCase())) return;
    seenSkills.add(trimmed.toLowerCase());
    proposal.skills.push({ key: `skill-${proposal.skills.length}`, name: trimmed, level: extra.level ?? null, category: extra.category ?? null });
  };
  asList(document.skills).forEach((skill) => {
    const name = text(skill.name);
    const keywords = strings(skill.keywords);
    // "Web Development: HTML, CSS" is a group when it has keywords; the keywords are the skills.
    if (name && keywords.length === 0) addSkill(name, { level: readLevel(skill.level) });
    for (const keyword of keywords) addSkill(keyword, { level: readLevel(skill.level), category: name });
  });

  asList(document.projects).forEach((project, index) => {
    const name = text(project.name);
    if (!name) return;
    const path = `projects[${index}]`;
    proposal.experiences.push({
      key: `project-${index}`,
      title: clip(name, 300),
      description: [text(project.description), ...strings(project.highlights)].filter(Boolean).join('\n') || null,
      type: 'project',
      dateStarted: readDate(project.startDate, `${path}.startDate`, warnings),
      dateFinished: readDate(project.endDate, `${path}.endDate`, warnings),
      skills: strings(project.keywords).map((keyword) => clip(keyword, 100)),
    });
  });
  return proposal;
}

export type LibrarySnapshot = {
  person: { name: string; email: string };
  employments: Employment[];
  educations: Education[];
  experiences: Experience[];
  skills: Skill[];
};

/** Drops null, undefined, empty strings and empty lists, which the schema's string and array types refuse or do not need. */
function compact<T extends Json>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null && item !== undefined && item !== '' && !(Array.isArray(item) && item.length === 0))) as T;
}

/** The library as a JSON Resume 1.0 document. */
export function toJsonResume(library: LibrarySnapshot): Json {
  const linked = (employmentId: string) => library.experiences.filter((experience) => experience.employmentId === employmentId);
  const loose = library.experiences.filter((experience) => !experience.employmentId);
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: compact({ name: library.person.name, email: library.person.email }),
    work: library.employments.map((job) =>
      compact({
        name: job.companyName,
        position: job.title,
        location: job.location,
        summary: job.description,
        startDate: job.dateStarted,
        endDate: job.dateFinished,
        highlights: linked(job.id).map((experience) => experience.title),
      }),
    ),
    volunteer: loose
      .filter((experience) => experience.type === 'volunteer')
      .map((experience) => compact({ position: experience.title, summary: experience.description, startDate: experience.dateStarted, endDate: experience.dateFinished })),
    education: library.educations.map((school) =>
      compact({
        institution: school.institutionName,
        studyType: school.degree,
        area: school.major,
        score: school.gpa === null ? null : String(school.gpa),
        startDate: school.dateStarted,
        endDate: school.dateFinished,
      }),
    ),
    skills: library.skills.map((skill) => compact({ name: skill.name, level: skill.level })),
    projects: loose
      .filter((experience) => experience.type !== 'volunteer')
      .map((experience) =>
        compact({
          name: experience.title,
          description: experience.description,
          startDate: experience.dateStarted,
          endDate: experience.dateFinished,
          keywords: experience.skills.map((skill) => skill.name),
        }),
      ),
  };
}

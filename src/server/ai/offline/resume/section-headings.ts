import { hasTitleWord } from './lexicon.ts';

export type SectionKey = 'summary' | 'work' | 'education' | 'skills' | 'certificates' | 'languages' | 'projects' | 'contact' | 'other';

const headings: Record<SectionKey, string[]> = {
  summary: [
    'summary', 'profile', 'about', 'about me', 'objective', 'career objective', 'personal statement', 'personal profile', 'overview',
    'summary of qualifications', 'executive summary', 'professional profile', 'career summary', 'career profile', 'introduction', 'bio',
  ],
  work: [
    'experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'career history',
    'relevant experience', 'experience history', 'professional background', 'career', 'positions held', 'clinical experience',
    'teaching experience', 'industry experience', 'work', 'professional history', 'employment experience', 'experiences',
    'relevant work experience', 'leadership experience', 'internships', 'internship experience', 'military experience', 'career experience',
    // French, German, Spanish.
    'experience professionnelle', 'experiences professionnelles', 'parcours professionnel', 'berufserfahrung', 'berufliche erfahrung',
    'beruflicher werdegang', 'experiencia', 'experiencia laboral', 'experiencia profesional',
  ],
  education: [
    'education', 'education and training', 'academic background', 'educational background', 'academic qualifications',
    'qualifications', 'education and qualifications', 'academics', 'training', 'academic history', 'education history',
    'education and certifications', 'studies', 'degrees', 'formal education', 'schooling', 'educational qualifications',
    'educational qualification', 'academic qualification', 'academic details', 'academic profile', 'education details',
    'formation', 'formations', 'formation academique', 'diplomes', 'ausbildung', 'bildungsweg', 'studium', 'educacion', 'formacion',
    'formacion academica',
  ],
  skills: [
    'skills', 'key skills', 'core skills', 'core competencies', 'competencies', 'technical skills', 'areas of expertise', 'expertise',
    'skills and abilities', 'skill set', 'skillset', 'tools', 'technologies', 'tech stack', 'technical proficiencies', 'proficiencies',
    'clinical skills', 'professional skills', 'relevant skills', 'strengths', 'abilities', 'hard skills', 'soft skills',
    'skills and competencies', 'skills and expertise', 'tools and technologies', 'software', 'computer skills', 'it skills',
    'technical expertise', 'capabilities', 'key competencies', 'skills summary', 'specialties', 'specialities', 'highlights',
    'skill highlights', 'qualifications summary', 'areas of strength', 'competences', 'kenntnisse', 'fahigkeiten', 'habilidades',
    'competencias',
  ],
  certificates: [
    'certifications', 'certificates', 'certification', 'licenses', 'licences', 'licenses and certifications',
    'licences and certifications', 'certifications and licenses', 'certifications and licences', 'credentials', 'accreditations',
    'professional certifications', 'licensure', 'professional development', 'courses', 'training and certifications',
    'certifications and training', 'registrations',
  ],
  languages: ['languages', 'language skills', 'languages spoken', 'language proficiency', 'language', 'spoken languages', 'foreign languages'],
  projects: ['projects', 'selected projects', 'key projects', 'personal projects', 'portfolio', 'project experience', 'notable projects', 'side projects'],
  contact: ['contact', 'contact details', 'contact information', 'contact info', 'get in touch', 'personal details', 'personal information', 'details'],
  other: [
    'references', 'interests', 'hobbies', 'hobbies and interests', 'awards', 'honors', 'honours', 'awards and honors', 'publications',
    'volunteer', 'volunteering', 'volunteer experience', 'activities', 'memberships', 'affiliations', 'professional affiliations',
    'achievements', 'additional information', 'extracurricular activities', 'presentations', 'research', 'patents', 'conferences',
  ],
};

/** A constant lookup table built from the one above at import, never changed. */
const headingIndex: ReadonlyMap<string, SectionKey> = new Map(
  (Object.entries(headings) as [SectionKey, string[]][]).flatMap(([key, phrases]) => phrases.map((phrase) => [phrase, key] as const)),
);

/** "Professional Summary", "Relevant Work Experience", "Key Technical Skills": the modifier does not change the section. */
const modifiers = /^(?:(?:my|other|additional|selected|relevant|professional|career|personal|key|core|technical|work|clinical|main|recent|previous|detailed|summary of) )+/;

export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    // "Expérience professionnelle", "Educación": accents dropped, so the table lists each heading once.
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z\s/]/g, ' ')
    .replace(/\s*\/\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section a heading line opens, or null; the whole line must be the heading ("WORK HISTORY", "Skills:"). */
export function matchSectionHeading(text: string): SectionKey | null {
  if (text.length > 48 || /\d|@/.test(text)) return null;
  let normalized = normalizeHeading(text);
  // Letter-spaced headings: "E X P E R I E N C E".
  if (/^(?:\p{L} ){3,}\p{L}$/u.test(normalized)) normalized = normalized.replace(/ /g, '');
  if (normalized === '' || normalized.split(' ').length > 6) return null;
  const exact = headingIndex.get(normalized) ?? headingIndex.get(normalized.replace(modifiers, ''));
  if (exact) return exact;
  // "WORK EXPERIENCE & INTERNSHIPS", "Licences and registrations:": a short line set as a heading (capitals or a colon)
  // that names a section. Title-case lines are left alone: "Customer Experience Lead" is a job title.
  const setAsHeading = (text === text.toUpperCase() && /\p{Lu}/u.test(text)) || /:\s*$/.test(text);
  if (!setAsHeading || normalized.split(' ').length > 4 || hasTitleWord(normalized)) return null;
  return keywordSections.find(([pattern]) => pattern.test(normalized))?.[1] ?? null;
}

const keywordSections: [RegExp, SectionKey][] = [
  [/\b(?:experience|employment|career history|work history)\b/, 'work'],
  [/\beducation\b|\bacademic/, 'education'],
  [/\bskills?\b|\bcompetenc/, 'skills'],
  [/\bcertific|\blicen[cs]/, 'certificates'],
  [/\blanguages?\b/, 'languages'],
  [/\bprojects?\b/, 'projects'],
  [/\bsummary\b|\bprofile\b|\bobjective\b/, 'summary'],
];

/** "Skills: Python, SQL" — a heading and its content on one line. Returns the key and where the content starts. */
export function matchInlineHeading(text: string): { key: SectionKey; contentIndex: number } | null {
  const colon = /^([^:]{3,40}):\s*(\S.*)$/.exec(text);
  if (!colon?.[1]) return null;
  const key = matchSectionHeading(colon[1]);
  if (!key || key === 'work' || key === 'education' || key === 'other') return null;
  return { key, contentIndex: text.length - (colon[2]?.length ?? 0) };
}

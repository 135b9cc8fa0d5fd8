import { describe, expect, it } from 'vitest';
import { skillMentionSchema } from '#shared/ai/skills.ts';
import { extractSkills } from './extract-skills.ts';

function names(text: string): string[] {
  return extractSkills(text).map((skill) => skill.name);
}

describe('extractSkills', () => {
  it('returns spans whose offsets slice the surface text', () => {
    const text = 'Built APIs with Node.js and TypeScript; deployed on k8s.';
    const skills = extractSkills(text);
    for (const skill of skills) {
      expect(skillMentionSchema.parse(skill)).toEqual(skill);
      expect(text.slice(skill.start, skill.end)).toBe(skill.text);
    }
    expect(skills.map((skill) => [skill.text, skill.name])).toEqual([
      ['Node.js', 'Node.js'],
      ['TypeScript', 'TypeScript'],
      ['k8s', 'Kubernetes'],
    ]);
  });

  it.each([
    ['5 years of JS and TS', ['JavaScript', 'TypeScript']],
    ['React.js, ReactJS and Vue', ['React', 'React', 'Vue.js']],
    ['Postgres, psql and Mongo', ['PostgreSQL', 'PostgreSQL', 'MongoDB']],
    ['C++, C#, .NET, F# and ASP.NET Core', ['C++', 'C#', '.NET', 'F#', '.NET']],
    ['Set up CI/CD and ran A/B testing', ['CI/CD', 'A/B testing']],
    ['Certified in BLS, ACLS and CPR; charting in the EHR/EMR', ['Basic Life Support', 'Advanced Cardiovascular Life Support', 'Cardiopulmonary resuscitation', 'Electronic health records', 'Electronic health records']],
    ['Month-end close in QuickBooks under GAAP', ['Month-end close', 'QuickBooks', 'GAAP']],
    ['Hosted on GCP and AWS; ML and NLP models', ['Google Cloud', 'AWS', 'Machine learning', 'Natural language processing']],
    ['SEO and UX reviews in MS Excel', ['Search engine optimization', 'UX design', 'Microsoft Excel']],
  ])('finds aliases in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('prefers the longest name and never overlaps', () => {
    const skills = extractSkills('Java developer using Spring Boot, React Native and Microsoft SQL Server');
    expect(skills.map((skill) => skill.text)).toEqual(['Java', 'Spring Boot', 'React Native', 'Microsoft SQL Server']);
    for (let i = 1; i < skills.length; i += 1) expect(skills[i]!.start).toBeGreaterThanOrEqual(skills[i - 1]!.end);
  });

  it('tells soft skills from knowledge', () => {
    const skills = extractSkills('Strong stakeholder management, negotiation and patient care; mentoring junior staff.');
    expect(skills.map((skill) => [skill.name, skill.kind])).toEqual([
      ['Stakeholder management', 'skill'],
      ['Negotiation', 'skill'],
      ['Patient care', 'knowledge'],
      ['Mentoring', 'skill'],
    ]);
  });

  it('uses O*NET and ESCO names beyond the alias table', () => {
    const skills = extractSkills('Used Atlassian Confluence, Minitab and Autodesk Revit. Managed budgets and performed phlebotomy.');
    expect(skills.map((skill) => skill.name)).toEqual(expect.arrayContaining(['Minitab', 'Revit', 'Manage budgets', 'Phlebotomy']));
    expect(skills.find((skill) => skill.name === 'Minitab')?.source).toBe('onet');
    expect(skills.find((skill) => skill.name === 'Manage budgets')?.source).toBe('alias');
  });
});

describe('extractSkills ambiguity', () => {
  it.each([
    ['Languages: Go, Rust, Python', ['Go', 'Rust', 'Python']],
    ['Wrote services in Go and Python', ['Go', 'Python']],
    ['Golang developer', ['Go']],
    ['Go developer with gRPC experience', ['Go', 'gRPC']],
    ['Statistics in R and SQL', ['Statistics', 'R', 'SQL']],
    ['R programming for field studies', ['R']],
    ['Drivers in C and C++', ['C', 'C++']],
    ['Reports in Excel and PowerPoint', ['Microsoft Excel', 'Microsoft PowerPoint']],
    ['Java with Spring and Hibernate', ['Java', 'Spring', 'Hibernate']],
    ['iOS apps in Swift and Objective-C', ['iOS', 'Swift', 'Objective-C']],
    ['Configuration management with Chef, Puppet and Ansible', ['Chef', 'Puppet', 'Ansible']],
    ['Mockups in Sketch and Figma', ['Sketch', 'Figma']],
    ['Built the screens in React', ['React']],
  ])('accepts %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Ready to go to the next level and let go of old habits.',
    'We go above and beyond for every customer.',
    'Graduated with grade C in chemistry; briefed C-level executives.',
    'Signed by John R. Smith and Mary C. Jones.',
    'I excel at building relationships.',
    'Students excel in a supportive classroom.',
    'Spring 2021 semester; spring term internship; Spring Semester 2020.',
    'Taught a swift response to customer complaints.',
    'Head chef at a busy bistro.',
    'A quick sketch of the room layout.',
    'Julia managed the front desk.',
    'Travelled to Java island for fieldwork.',
    'Learned to react quickly to emergencies.',
    'Removed rust from the machines.',
    'Phases A, B, C and D.',
  ])('rejects the ordinary sense in %j', (text) => {
    const tech = extractSkills(text).filter((skill) => ['Go', 'C', 'R', 'Microsoft Excel', 'Spring', 'Swift', 'Chef', 'Sketch', 'Julia', 'Java', 'React', 'Rust'].includes(skill.name));
    expect(tech).toEqual([]);
  });

  it('gives context-dependent names a lower confidence', () => {
    const [go, python] = extractSkills('Go, Python');
    expect(go?.confidence).toBeLessThan(1);
    expect(python?.confidence).toBe(1);
  });

  it('reads office tools named by ordinary words only beside other tools', () => {
    expect(names('Proficient in Microsoft Word, Outlook, PowerPoint and Access')).toEqual(['Microsoft Word', 'Microsoft Outlook', 'Microsoft PowerPoint', 'Microsoft Access']);
    expect(names('Gave patients Access to records; the last Word on quality.')).toEqual([]);
  });

  it('matches plural forms of case-insensitive names', () => {
    expect(names('Operated forklifts, ran cycle counts with RF scanners and read blueprints')).toEqual([
      'Forklift operation',
      'Inventory management',
      'Barcode scanning',
      'Blueprint reading',
    ]);
  });

  it('handles empty and symbol-only text', () => {
    expect(extractSkills('')).toEqual([]);
    expect(extractSkills('--- *** ///')).toEqual([]);
  });
});

import { hostile, type HostileFile } from './hostile-file.ts';
import { formulaStrings, xssStrings } from './strings.ts';

/** A JSON Resume written the way an attacker would fill one in: markup and formulas in every field a page shows. */
export function injectionJsonResume(): Record<string, unknown> {
  return {
    basics: { name: `${xssStrings[0]}`, label: formulaStrings[0], email: 'maria@example.com', summary: xssStrings[1], location: { city: formulaStrings[2] } },
    work: [{ name: xssStrings[3], position: formulaStrings[3], startDate: '2019-03', summary: xssStrings[4], highlights: [formulaStrings[1]] }],
    education: [{ institution: xssStrings[2], area: formulaStrings[4], studyType: 'BSc', startDate: '2012', endDate: '2016' }],
    skills: [{ name: xssStrings[0], keywords: [formulaStrings[0], xssStrings[1]] }],
  };
}

/** JSON Resume files as text: broken, empty, nested past any stack, huge, the wrong shape, or polluting prototypes. */
export function hostileJsonResumeTexts(): HostileFile[] {
  const json = (label: string, text: string | (() => string)) => hostile(label, 'resume.json', 'application/json', () => Buffer.from(typeof text === 'string' ? text : text()));
  return [
    json('empty JSON file', ''),
    json('truncated JSON', '{"basics": {"name": "Maria Kow'),
    json('JSON nested 100 000 arrays deep', () => `{"basics": {"name": "Maria"}, "skills": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
    json('JSON with a 5 MB name', () => JSON.stringify({ basics: { name: 'A'.repeat(5_000_000) } })),
    json('JSON array instead of an object', '[1, 2, 3]'),
    json('JSON with the wrong types', JSON.stringify({ basics: { name: 42, email: ['x'] }, work: 'everywhere' })),
    json('JSON that sets __proto__', '{"basics": {"name": "Maria"}, "__proto__": {"isAdmin": true}, "constructor": {"prototype": {"isAdmin": true}}}'),
    json('JSON Resume with markup and formulas', JSON.stringify(injectionJsonResume())),
  ];
}

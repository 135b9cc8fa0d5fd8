import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJob } from '#server/ai/offline/job/parse-job.ts';
import { parseResumeDocument } from '#server/ai/offline/resume/index.ts';
import { extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
import { matchResultSchema, recommendFromScore } from '#shared/ai/match.ts';
import type { ParsedResume } from '#shared/ai/resume.ts';
import { matchResume, type MatchJob } from './match-resume.ts';

const fixtures = new URL('../../../../../tests/fixtures/', import.meta.url);
const now = new Date('2026-11-01T00:00:00Z');
const resumeFiles = [
  'software-engineer', 'registered-nurse', 'accountant', 'primary-teacher', 'sales-manager', 'logistics-coordinator', 'data-analyst',
  'devops-engineer', 'financial-analyst', 'social-worker', 'graphic-designer', 'hr-specialist', 'pharmacist', 'electrician',
];
const resumes = new Map<string, ParsedResume>();

function readJob(name: string): MatchJob {
  const text = readFileSync(new URL(`jobs/${name}.txt`, fixtures), 'utf8');
  return { ...parseJob(text), text };
}

beforeAll(async () => {
  for (const name of resumeFiles) {
    const bytes = readFileSync(new URL(`resumes/${name}.docx`, fixtures));
    resumes.set(name, await parseResumeDocument({ bytes, fileName: `${name}.docx` }, { extractSkills }));
  }
});

function rank(job: MatchJob): string[] {
  return [...resumes]
    .map(([name, parsed]) => ({ name, score: matchResume(parsed, job, { now }).score }))
    .sort((a, b) => b.score - a.score)
    .map((row) => row.name);
}

describe('matchResume ranking', () => {
  it.each([
    ['senior-backend-engineer', 'software-engineer'],
    ['registered-nurse-icu', 'registered-nurse'],
    ['staff-accountant', 'accountant'],
    ['primary-school-teacher', 'primary-teacher'],
    ['account-executive', 'sales-manager'],
    ['warehouse-supervisor', 'logistics-coordinator'],
    ['data-analyst-junior', 'data-analyst'],
  ])('ranks the resume written for %s first', (job, expected) => {
    expect(rank(readJob(job))[0]).toBe(expected);
  });
});

describe('matchResume result', () => {
  it('reports components, skills, evidence lines and a recommendation from the thresholds', () => {
    const parsed = resumes.get('software-engineer') as ParsedResume;
    const result = matchResume(parsed, readJob('senior-backend-engineer'), { now });
    expect(matchResultSchema.parse(result)).toEqual(result);
    expect(result.components.map((component) => component.name)).toEqual(['mustHave', 'niceToHave', 'experience', 'education', 'recency', 'titleFit', 'occupationFit', 'textSimilarity']);
    const counted = result.components.filter((component) => component.name !== 'niceToHave');
    expect(counted.reduce((sum, component) => sum + component.weight, 0)).toBeCloseTo(1, 2);
    expect(result.recommendation).toBe(recommendFromScore(result.score));
    expect(result.matched).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'Docker', 'Apache Kafka']));
    expect(result.missingNiceToHave).toEqual(['Communication', 'Terraform', 'GIS']); // "Kafka or RabbitMQ" is one nice-to-have, met
    expect(result.additional).toContain('TypeScript');
    expect(result.additional).not.toContain('Go');
    expect(result.additional).not.toContain('Dropbox'); // the employer, not a tool used
    for (const item of result.evidence) {
      const line = parsed.text.split('\n')[item.line - 1] ?? '';
      expect(line.trim()).toBe(item.lineText);
      expect(parsed.text.slice(item.start, item.end)).toBe(item.text);
    }
    // PostgreSQL is in the post's duties, not its requirements: no evidence is looked for.
    expect(result.evidence.map((item) => item.skill)).not.toContain('PostgreSQL');
    expect(result.evidence.find((item) => item.skill === 'Kubernetes')?.text.toLowerCase()).toContain('kubernetes');
    // Short sentences for a recruiter: no offsets, no internal measures, no quoted lines.
    expect(result.reasoning.find((sentence) => sentence.startsWith('Named in the CV:'))).toContain('Kubernetes');
    expect(result.reasoning.join(' ')).not.toMatch(/characters|TF-IDF|cosine|line \d|"/);
    expect(result.reasoning.at(-1)).toContain(result.recommendation);
  });

  it('is deterministic', () => {
    const parsed = resumes.get('registered-nurse') as ParsedResume;
    const job = readJob('registered-nurse-icu');
    expect(matchResume(parsed, job, { now })).toEqual(matchResume(parsed, job, { now }));
  });

  it('scores an unrelated profession low and says what is missing', () => {
    const result = matchResume(resumes.get('electrician') as ParsedResume, readJob('registered-nurse-icu'), { now });
    expect(result.recommendation).toBe('Pass');
    expect(result.missing).toEqual(expect.arrayContaining(['Registered Nurse', 'Basic Life Support']));
  });

  it('credits a skill shown through a related one (PostgreSQL shows SQL), as related and never as evidence of it', () => {
    const text = 'Ana Lima\nEngineer\nBuilt reporting on PostgreSQL for the finance team.';
    const parsed: ParsedResume = { text, resume: { basics: { name: 'Ana Lima' } }, entities: [], warnings: [] };
    const job: MatchJob = { ...parseJob('Requirements\n- SQL'), text: 'SQL' };
    const result = matchResume(parsed, job, { now });
    expect(result.matched).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.components.find((component) => component.name === 'mustHave')?.value).toBe(0.75);
    expect(result.evidence).toEqual([expect.objectContaining({ skill: 'SQL', via: 'PostgreSQL', text: 'PostgreSQL', line: 3 })]);
    expect(result.reasoning).toContain('Related, not named: SQL (through PostgreSQL).');
  });

  it('shows every place a skill is named, and no alias of a related skill as the skill (accruals are not journal entries, a CPA is not GAAP)', () => {
    const text = 'Dana Whitfield\nSenior Accountant\nKept the general ledger in NetSuite.\nBooked accruals at month-end.\nReviewed the general ledger weekly.\nCertified Public Accountant (CPA)';
    const parsed: ParsedResume = { text, resume: { basics: { name: 'Dana Whitfield' } }, entities: [], warnings: [] };
    const job: MatchJob = { ...parseJob('Requirements\n- Journal entries\n- GAAP\n- General ledger'), text: 'Journal entries GAAP General ledger' };
    const result = matchResume(parsed, job, { now });
    expect(result.matched).toEqual(['General ledger']);
    expect(result.evidence.filter((item) => item.skill === 'General ledger').map((item) => item.line)).toEqual([3, 5]);
    expect(result.evidence.filter((item) => !item.via).map((item) => item.skill)).not.toContain('Journal entries');
    expect(result.evidence.find((item) => item.skill === 'Journal entries')).toMatchObject({ via: 'Accruals', text: 'accruals' });
    expect(result.evidence.find((item) => item.skill === 'GAAP')).toMatchObject({ via: 'Certified Public Accountant' });
  });


  it('credits a job skill whose words a resume skill holds (managed budgets shows budgeting)', () => {
    const text = 'Lee Park\nOffice Manager\nManaged budgets for three clinics and operated forklifts in the stockroom.';
    const parsed: ParsedResume = { text, resume: {}, entities: [], warnings: [] };
    const job: MatchJob = { ...parseJob('Requirements\n- Budgeting\n- C and R'), text: 'Budgeting' };
    const result = matchResume(parsed, job, { now });
    expect(result.matched).toEqual(['Budgeting']);
    expect(result.missing).toEqual(['C', 'R']);
    expect(result.evidence[0]).toMatchObject({ skill: 'Budgeting', line: 3, text: 'Managed budgets' });
  });
});

describe('matchResume nice-to-haves', () => {
  it('are a bonus: a candidate without any keeps the score they had without them, one with them gains', () => {
    const text = 'Sam Ortiz\nSenior Accountant\nKept the general ledger and closed the month in NetSuite, 2016 to 2024.';
    const parsed: ParsedResume = { text, resume: { basics: { name: 'Sam Ortiz' } }, entities: [], warnings: [] };
    const plain = parseJob('Senior Accountant\n\nRequirements\n- General ledger\n- NetSuite');
    const withNice = parseJob('Senior Accountant\n\nRequirements\n- General ledger\n- NetSuite\n\nNice to have\n- Power BI\n- Tableau');
    const withOwnNice = parseJob('Senior Accountant\n\nRequirements\n- General ledger\n\nNice to have\n- NetSuite');
    const score = (job: MatchJob) => matchResume(parsed, { ...job, text: 'Senior Accountant general ledger NetSuite' }, { now }).score;
    expect(withNice.niceToHave.map((skill) => skill.name)).toEqual(['Power BI', 'Tableau']);
    expect(score(withNice)).toBe(score(plain));
    const withoutNice = parseJob('Senior Accountant\n\nRequirements\n- General ledger');
    expect(score(withOwnNice)).toBeGreaterThan(score(withoutNice));
  });
});

describe('matchResume alternatives', () => {
  it('counts "QuickBooks or NetSuite" as one requirement that either meets', () => {
    const parsed: ParsedResume = { text: 'Kim Lee\nBookkeeper\nKept the books in QuickBooks for 40 clients.', resume: {}, entities: [], warnings: [] };
    const job: MatchJob = { ...parseJob('Requirements\n- QuickBooks or NetSuite\n- Payroll'), text: 'QuickBooks NetSuite Payroll' };
    const result = matchResume(parsed, job, { now });
    expect(result.matched).toEqual(['QuickBooks']);
    expect(result.missing).toEqual(['Payroll']);
    expect(result.components.find((component) => component.name === 'mustHave')?.value).toBeCloseTo(1 / 2, 3);
  });

  it('meets "an ERP such as NetSuite, Sage Intacct or SAP" with SAP, and weighs the degree asked (issue 14)', () => {
    const ad = readFileSync(new URL('jobs/senior-accountant-pasted.txt', fixtures), 'utf8');
    const text = 'Priya Raman\nSenior Accountant\nRan the month-end close in SAP S/4HANA; GAAP reporting and Excel models.\nEducation\nB.S. in Accounting';
    const parsed: ParsedResume = { text, resume: { basics: { name: 'Priya Raman' }, education: [{ studyType: 'B.S.', area: 'Accounting' }] }, entities: [], warnings: [] };
    const result = matchResume(parsed, { ...parseJob(ad), text: ad }, { now });
    expect(result.matched).toContain('ERP');
    expect(result.missing).not.toContain('ERP');
    expect(result.missing.filter((name) => ['NetSuite', 'Sage', 'SAP'].includes(name))).toEqual([]);
    expect(result.evidence.find((item) => item.skill === 'ERP')?.text).toMatch(/^SAP/);
    expect(result.reasoning).toContain("Degree: the job asks for Bachelor's degree in Accounting or Finance; the CV shows B.S. in Accounting.");
    expect(result.components.find((component) => component.name === 'education')?.value).toBe(1);
    const noDegree = matchResume({ ...parsed, resume: { basics: { name: 'Priya Raman' } } }, { ...parseJob(ad), text: ad }, { now });
    expect(noDegree.score).toBeLessThan(result.score);
  });
});

describe('matchResume blind', () => {
  it('leaves no name, e-mail or phone anywhere in the result for the fixtures', () => {
    for (const [name, parsed] of resumes) {
      const basics = parsed.resume.basics ?? {};
      const output = JSON.stringify(matchResume(parsed, readJob('senior-backend-engineer'), { now, blind: true }));
      for (const secret of [basics.name, basics.email, basics.phone]) {
        if (secret) expect(output, `${name}: ${secret}`).not.toContain(secret);
      }
    }
  });

  it('masks the person and their markers in evidence lines and reasoning', () => {
    const text = [
      'Maya Chen',
      'maya.chen@example.com | +1 (415) 555-0132 | San Francisco, CA | linkedin.com/in/mayachen',
      'Born 1985, married. Mrs. Chen is known for her Go and Kubernetes work.',
      'Maya built payment services in Go on Kubernetes; she mentored four engineers.',
    ].join('\n');
    const parsed: ParsedResume = {
      text,
      resume: { basics: { name: 'Maya Chen', email: 'maya.chen@example.com', phone: '+1 (415) 555-0132', location: { city: 'San Francisco', region: 'CA' } } },
      entities: [],
      warnings: [],
    };
    const job: MatchJob = { ...parseJob('Go Engineer\nRequirements\n- Go\n- Kubernetes'), text: 'Go Kubernetes' };
    const result = matchResume(parsed, job, { now, blind: true });
    const output = JSON.stringify(result);
    expect(result.blind).toBe(true);
    expect(result.matched).toEqual(['Go', 'Kubernetes']);
    for (const secret of ['Maya', 'Chen', 'example.com', '555-0132', 'San Francisco', 'linkedin', '1985', 'married', 'Mrs', ' she ', ' her ']) {
      expect(output).not.toContain(secret);
    }
    // Covered character for character: the masked line is as long as the original, so offsets still point at the skill.
    expect(result.evidence[0]?.lineText).toBe('████ ████, ███████. ████ ████ is known for ███ Go and Kubernetes work.');
    for (const item of result.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
    expect(result.additional).toEqual(['Mentoring']);
    const open = matchResume(parsed, job, { now });
    expect(JSON.stringify(open)).toContain('Mrs. Chen is known for her Go');
  });
});

import { describe, expect, it } from 'vitest';
import { generateQuestionsInputSchema, interviewTypes, type GenerateQuestionsInput } from '#shared/ai/questions.ts';
import { behaviouralCore } from './bank/behavioural-core.ts';
import { behaviouralMore } from './bank/behavioural-more.ts';
import { professionQuestions } from './bank/profession-questions.ts';
import { situationalBank } from './bank/situational.ts';
import { skillTemplates } from './bank/skill-templates.ts';
import { systemDesignBank } from './bank/system-design.ts';
import { generateQuestions } from './generate-questions.ts';

const generate = (input: GenerateQuestionsInput) => generateQuestions(generateQuestionsInputSchema.parse(input));

const roles = ['Registered Nurse', 'Primary School Teacher', 'Account Executive', 'Staff Accountant', 'Backend Engineer', 'Marketing Manager', 'Customer Support Agent', 'Warehouse Supervisor', 'UX Designer', 'HR Business Partner', 'Data Scientist', 'Project Manager'];

describe('generateQuestions', () => {
  it('gives exactly N questions with no duplicate ids or texts, for every role and type', () => {
    for (const role of roles) {
      for (const interviewType of interviewTypes) {
        for (const count of [1, 3, 5, 8, 12]) {
          const { questions } = generate({ role, interviewType, count });
          expect(questions, `${role} ${interviewType} ${count}`).toHaveLength(count);
          expect(new Set(questions.map((question) => question.id)).size).toBe(count);
          expect(new Set(questions.map((question) => question.text.toLowerCase())).size).toBe(count);
          for (const question of questions) {
            expect(question.text).not.toMatch(/\{(role|skill)\}/);
            expect(question.strongAnswerShows.length).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('detects the profession and asks profession-specific role questions', () => {
    const nurse = generate({ role: 'ICU Nurse', interviewType: 'technical', count: 6 });
    expect(nurse.profession).toBe('nursing');
    expect(nurse.questions.map((question) => question.text).join(' ')).toMatch(/patient|medication|ward|infection|clinical/i);
    const teacher = generate({ role: 'Secondary School Teacher', interviewType: 'technical', count: 6 });
    expect(teacher.profession).toBe('teaching');
    expect(teacher.questions.map((question) => question.text).join(' ')).toMatch(/lesson|pupil|classroom|assessment|safeguarding/i);
    expect(generate({ role: 'Account Executive', interviewType: 'system_design', count: 2 }).questions[0]?.text).toMatch(/sales/i);
  });

  it('is deterministic for the same inputs and changes with the seed', () => {
    const input: GenerateQuestionsInput = { role: 'Financial Analyst', interviewType: 'mixed', count: 8 };
    expect(generate(input)).toEqual(generate(input));
    const other = generate({ ...input, seed: 'again' });
    expect(other.questions.map((question) => question.id)).not.toEqual(generate(input).questions.map((question) => question.id));
  });

  it('orders questions by stage: introduction first, closing last', () => {
    const { questions } = generate({ role: 'Sales Manager', interviewType: 'mixed', count: 7 });
    expect(questions[0]?.stage).toBe('introduction');
    expect(questions.at(-1)?.stage).toBe('closing');
    const order = ['introduction', 'experience', 'technical', 'behavioural', 'closing'];
    const indexes = questions.map((question) => order.indexOf(question.stage));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it('personalises from resume highlights, quoting them verbatim', () => {
    const highlight = 'Led the migration of billing to Kafka, cutting latency by 40%';
    const { questions } = generate({
      role: 'Senior Backend Engineer',
      interviewType: 'behavioural',
      count: 5,
      resume: { work: [{ name: 'Acme', position: 'Engineer', highlights: [`${highlight}.`, 'Attended meetings'] }] },
    });
    const personal = questions.find((question) => question.basedOn?.source === 'resume');
    expect(personal?.text).toContain(`Your resume mentions "${highlight}" at Acme`);
    expect(personal?.basedOn?.quote).toBe(highlight);
    // A highlight with no number and no skill is too vague to build a question on.
    expect(questions.some((question) => question.text.includes('Attended meetings'))).toBe(false);
  });

  it('asks about skills the job description requires, citing the line', () => {
    const jobDescription = 'About us: we sell software.\nRequirements:\n- Strong experience with PostgreSQL and Python\n';
    const { questions } = generate({ role: 'Data Engineer', interviewType: 'technical', count: 3, jobDescription });
    const fromJob = questions.filter((question) => question.basedOn?.source === 'job_description');
    expect(fromJob.length).toBeGreaterThan(0);
    for (const question of fromJob) {
      expect(question.text).toMatch(/^The role asks for (PostgreSQL|Python)\./);
      expect(jobDescription).toContain(question.basedOn?.quote);
    }
  });

  it('puts focus skills first in technical questions', () => {
    const { questions } = generate({ role: 'Nurse', interviewType: 'technical', count: 2, focusSkills: ['wound care'] });
    expect(questions[0]?.skill).toBe('wound care');
    expect(questions[0]?.text).toContain('wound care');
  });

  it('respects seniority: leadership-only questions are not given to juniors', () => {
    const seniorKeys = [...behaviouralCore, ...behaviouralMore, ...situationalBank].filter((template) => template.levels && !template.levels.includes('junior'));
    const seniorTexts = new Set(seniorKeys.map((template) => template.text));
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const { questions } = generate({ role: 'Junior Sales Associate', interviewType: 'behavioural', count: 10, seed });
      for (const question of questions) expect(seniorTexts.has(question.text)).toBe(false);
    }
    expect(generate({ role: 'Head of Nursing', interviewType: 'mixed', count: 3 }).seniority).toBe('executive');
  });

  it('tags questions with the interview type asked for', () => {
    expect(generate({ role: 'Teacher', interviewType: 'situational', count: 4 }).questions.filter((q) => q.type === 'situational')).toHaveLength(2);
    expect(generate({ role: 'Recruiter', interviewType: 'hr_screening', count: 2 }).questions.every((q) => q.type === 'hr_screening')).toBe(true);
    expect(generate({ role: 'Software Engineer', interviewType: 'system_design', count: 2 }).questions[0]?.type).toBe('system_design');
  });

  it('writes a bank of hundreds of combinations across professions', () => {
    const generic = behaviouralCore.length + behaviouralMore.length + situationalBank.length;
    expect(generic).toBeGreaterThan(60);
    expect(new Set(professionQuestions.flatMap((template) => template.professions ?? [])).size).toBeGreaterThanOrEqual(10);
    expect(skillTemplates.length * 50 + generic + systemDesignBank.length).toBeGreaterThan(500);
  });
});

describe('generateQuestions quotes the resume cleanly and fits its seniority', () => {
  const templateResume = {
    basics: { name: 'Pat Doe' },
    work: [
      { name: 'Company Name ï¼ City', position: 'Systems Administrator', startDate: '2004-01', highlights: ['Migrated 300 users to Windows Server 2019 and cut login failures by 40%', 'Managed Company Name servers in City, State'] },
      { name: 'Company Name', position: 'IT Support', startDate: '1999-05', endDate: '2003-12', highlights: ['Supported 120 staff on Windows Server and Active Directory'] },
    ],
    skills: [{ name: 'Windows Server' }, { name: 'Active Directory' }],
  };

  it('never quotes placeholders or mojibake from the CV', () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const { questions } = generate({ role: 'Systems Administrator', interviewType: 'mixed', count: 8, resume: templateResume, seed });
      const text = questions.map((question) => question.text).join('\n');
      expect(text).toMatch(/Your resume mentions "Migrated 300 users/);
      expect(text).not.toMatch(/Company Name|City, State|ï¼|â€/);
    }
  });

  it('does not ask 20 years of experience to explain a skill to someone new', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const output = generate({ role: 'Systems Administrator', interviewType: 'technical', count: 6, resume: templateResume, seed });
      expect(output.seniority).toBe('senior');
      expect(output.questions.map((question) => question.text).join('\n')).not.toMatch(/someone new/);
    }
    expect(generate({ role: 'IT Support Intern', interviewType: 'technical', count: 6, focusSkills: ['Windows Server'] }).seniority).toBe('intern');
  });
});

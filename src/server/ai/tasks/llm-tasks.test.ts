import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AiEngine } from '#server/ai/engine.ts';
import { recommendFromScore } from '#shared/ai/match.ts';
import { startFakeOpenAi, type FakeServer } from '#tests/support/fake-llm/index.ts';
import { sampleAnswer, sampleJobText, sampleQuestion, sampleResumeText } from '#tests/support/fake-llm/task-samples.ts';
import { createTestEngine, fakeCredentials } from '#tests/support/fake-llm/test-engine.ts';
import { evaluateAnswerTask, extractSkillsTask, generateQuestionsTask, matchResumeTask, nextTurnTask, parseJobTask, parseResumeTask, summarizeInterviewTask } from './index.ts';

let fake: FakeServer;
let llm: AiEngine;
const offline = createTestEngine(undefined);
const lastPrompt = () => JSON.stringify(fake.requests.at(-1)?.body);
const answerWith = (value: unknown) => fake.enqueue({ kind: 'json', value });

beforeAll(async () => {
  fake = await startFakeOpenAi();
  llm = createTestEngine(fakeCredentials(fake, 'openai', 'gpt-test'));
});
afterAll(() => fake.close());
beforeEach(() => fake.respondWith({ kind: 'text', text: 'unexpected call' }));

describe('real tasks on the LLM engine: the model judges, the text decides what is quoted or placed', () => {
  it('parseJob places skills at their offsets and drops skills the text never names', async () => {
    const knowledge = (name: string, text: string) => ({ name, kind: 'knowledge', text });
    answerWith({
      title: 'Senior Backend Engineer',
      seniority: 'senior',
      minYears: 5,
      mustHave: [knowledge('Java', 'Java'), knowledge('Apache Kafka', 'Kafka'), knowledge('Rust', 'Rust')],
      niceToHave: [knowledge('Terraform', 'Terraform')],
      responsibilities: ['Design and run payment services.'],
      workMode: 'remote',
    });
    const { output, meta } = await llm.run(parseJobTask, { text: sampleJobText });
    expect(meta.engine).toBe('llm');
    expect(lastPrompt()).toContain('Strong Java and Kafka experience');
    expect(output.mustHave.map((skill) => skill.name)).toEqual(['Java', 'Apache Kafka']);
    for (const skill of [...output.mustHave, ...output.niceToHave]) expect(sampleJobText.slice(skill.start, skill.end)).toBe(skill.text);
    expect(output).toMatchObject({ seniority: 'senior', minYears: 5, workMode: 'remote' });
  });

  it('extractSkills finds every occurrence and ignores names not in the text', async () => {
    const text = 'TypeScript by day, typescript by night; some Kubernetes.';
    answerWith({ skills: [{ text: 'TypeScript', name: 'TypeScript', kind: 'knowledge' }, { text: 'Haskell', name: 'Haskell', kind: 'knowledge' }] });
    const { output } = await llm.run(extractSkillsTask, { text });
    expect(output.skills.map((skill) => [skill.start, skill.end, skill.text, skill.source])).toEqual([
      [0, 10, 'TypeScript', 'llm'],
      [19, 29, 'typescript', 'llm'],
    ]);
  });

  it('evaluateAnswer keeps verbatim quotes only, and the measured counts', async () => {
    const measured = (await offline.run(evaluateAnswerTask, { question: { text: sampleQuestion }, answer: sampleAnswer })).output;
    answerWith({
      star: { situation: 'Last year our billing pipeline kept missing settlement deadlines.', task: 'I was the lead architect of the company.', action: 'I moved the batch jobs to Kafka consumers', result: null },
      competencies: [
        { competency: 'problem_solving', score: 4, quote: 'Settlement time dropped by 40%', why: 'Measured result.' },
        { competency: 'leadership', score: 3, quote: 'I led a team of twenty', why: 'Invented.' },
      ],
      overall: 4,
      feedback: ['Say what you measured before and after.'],
    });
    const { output, meta } = await llm.run(evaluateAnswerTask, { question: { text: sampleQuestion }, answer: sampleAnswer });
    expect(meta.engine).toBe('llm');
    expect(output.star).toEqual({ situation: 'Last year our billing pipeline kept missing settlement deadlines.', task: null, action: 'I moved the batch jobs to Kafka consumers', result: null });
    expect(output.starCoverage).toBe(2);
    expect(output.competencies.map((item) => item.quote)).toEqual(['Settlement time dropped by 40%', null]);
    expect(output.fillers).toEqual(measured.fillers);
    expect(output.length).toEqual(measured.length);
    expect(output.overall).toBe(4);
  });

  it('generateQuestions gives stable ids, no duplicates, and only real basedOn quotes', async () => {
    const question = (text: string, basedOn?: { source: string; quote: string }) => ({
      text,
      stage: 'technical',
      type: 'technical',
      competency: 'technical_depth',
      strongAnswerShows: ['trade-offs'],
      ...(basedOn ? { basedOn } : {}),
    });
    answerWith({
      profession: 'software engineering',
      seniority: 'senior',
      questions: [
        question('Your resume mentions migrating billing to Kafka at Acme: how did you handle ordering?', { source: 'resume', quote: 'Migrated the billing pipeline to Kafka' }),
        question('How did you lead the Mars rover project?', { source: 'resume', quote: 'Led the Mars rover project' }),
        question('How did you lead the Mars rover project?'),
        question('How do you size a Kafka cluster?'),
      ],
    });
    const resume = { work: [{ name: 'Acme Payments', highlights: ['Migrated the billing pipeline to Kafka, cutting settlement time by 40%.'] }] };
    const { output } = await llm.run(generateQuestionsTask, { role: 'Backend Engineer', interviewType: 'technical', count: 3, resume });
    expect(lastPrompt()).toContain('Migrated the billing pipeline to Kafka');
    expect(output.questions).toHaveLength(3);
    expect(new Set(output.questions.map((item) => item.id)).size).toBe(3);
    expect(output.questions[0]?.basedOn).toEqual({ source: 'resume', quote: 'Migrated the billing pipeline to Kafka' });
    expect(output.questions[1]?.basedOn).toBeUndefined();
  });

  it('matchResume: the model adds judgement text, never a different score or skill list', async () => {
    const parsed = (await offline.run(parseResumeTask, { fileName: 'cv.txt', bytes: Buffer.from(sampleResumeText) })).output;
    const job = (await offline.run(parseJobTask, { text: sampleJobText })).output;
    const { format: _format, pages: _pages, ...resume } = parsed;
    // "Mentor engineers" is a duty, not a requirement: the recruiter asks for it here.
    const mentoring = { name: 'Mentoring', kind: 'skill' as const, start: 0, end: 0, text: 'Mentoring' };
    const input = { resume, job: { ...job, mustHave: [...job.mustHave, mentoring], text: sampleJobText } };
    const before = (await offline.run(matchResumeTask, input)).output;
    expect(before.missing).toContain('Mentoring');
    answerWith({ reasoning: ['Mentoring is implied by the senior role at Acme Payments.'], possibleMatches: ['mentoring', 'Skydiving'] });
    const { output, meta } = await llm.run(matchResumeTask, input);
    expect(meta.engine).toBe('llm');
    expect(lastPrompt()).toContain(`\\"score\\":${before.score}`);
    const { reasoning, ...measured } = output;
    const { reasoning: _offlineReasoning, ...offlineMeasured } = before;
    expect(measured).toEqual(offlineMeasured);
    expect(output.recommendation).toBe(recommendFromScore(output.score));
    expect(reasoning[0]).toBe('Mentoring is implied by the senior role at Acme Payments.');
    expect(reasoning.at(-1)).toMatch(/Mentoring .*not counted in the score/);
    expect(reasoning.join(' ')).not.toContain('Skydiving');
  });

  it('matchResume: the same score and lists on either engine, an "A or B" requirement included', async () => {
    const text = 'Kim Lee\nBookkeeper\nKept the books in QuickBooks for 40 clients.\nRan month-end close with Excel.';
    const resume = { text, resume: { basics: { name: 'Kim Lee' } }, entities: [], warnings: [] };
    const jobText = 'Bookkeeper\nRequirements\n- QuickBooks or NetSuite\n- Payroll\nNice to have\n- Excel';
    const job = (await offline.run(parseJobTask, { text: jobText })).output;
    expect(job.mustHave.find((skill) => skill.name === 'QuickBooks')?.alternatives).toEqual(['NetSuite']);
    const input = { resume, job: { ...job, text: jobText } };
    const offlineResult = (await offline.run(matchResumeTask, input)).output;
    answerWith({ reasoning: ['Shows QuickBooks for 40 clients.'], possibleMatches: ['NetSuite', 'Payroll'] });
    const { output, meta } = await llm.run(matchResumeTask, input);
    expect(meta.engine).toBe('llm');
    expect(lastPrompt()).toContain('QuickBooks or NetSuite');
    for (const result of [offlineResult, output]) {
      expect(result.matched).toEqual(['QuickBooks', 'Microsoft Excel']);
      expect(result.missing).toEqual(['Payroll']);
    }
    expect({ score: output.score, recommendation: output.recommendation, components: output.components, missingNiceToHave: output.missingNiceToHave }).toEqual({
      score: offlineResult.score,
      recommendation: offlineResult.recommendation,
      components: offlineResult.components,
      missingNiceToHave: offlineResult.missingNiceToHave,
    });
    // NetSuite is covered by QuickBooks, so it is neither missing nor a suggestion; Payroll is only the model's reading.
    expect(output.reasoning.at(-1)).toBe('The model reads Payroll in the resume by equivalence; check before relying on it (not counted in the score).');
  });

  it('nextTurn keeps the planned move and takes only the wording', async () => {
    const questions = (await offline.run(generateQuestionsTask, { role: 'Backend Engineer', interviewType: 'technical', count: 2 })).output.questions;
    const state = { role: 'Backend Engineer', stages: [{ stage: 'technical' as const, budget: 2 }], questions, turns: [] };
    const plan = (await offline.run(nextTurnTask, state)).output;
    answerWith({ message: 'Welcome! Let us begin with something technical.', reason: 'Opening the technical stage.' });
    const { output } = await llm.run(nextTurnTask, state);
    expect(output).toEqual({ ...plan, message: 'Welcome! Let us begin with something technical.', reason: 'Opening the technical stage.' });
  });

  it('parseResume reads the file itself, places entities, and never lets the model write the text', async () => {
    answerWith({
      resume: { basics: { name: 'Jordan Reyes', email: 'jordan.reyes@example.com' }, work: [{ name: 'Acme Payments', position: 'Senior Backend Engineer', startDate: '2020-03' }] },
      entities: [
        { type: 'ORG', text: 'Acme Payments', confidence: 0.9 },
        { type: 'PERSON', text: 'Someone Else', confidence: 0.8 },
      ],
      warnings: [],
    });
    const { output, meta } = await llm.run(parseResumeTask, { fileName: 'cv.txt', bytes: Buffer.from(sampleResumeText) });
    expect(meta.engine).toBe('llm');
    expect(lastPrompt()).toContain('Migrated the billing pipeline to Kafka');
    expect(output.text).toContain('Jordan Reyes');
    expect(output.format).toBe('txt');
    expect(output.resume.work?.[0]?.name).toBe('Acme Payments');
    expect(output.entities.map((entity) => entity.type)).toEqual(['ORG']);
    expect(output.text.slice(output.entities[0]!.start, output.entities[0]!.end)).toBe('Acme Payments');
  });

  it('parseResume: an unreadable file is the caller\'s error on either engine, and costs no LLM call', async () => {
    const calls = fake.requests.length;
    await expect(llm.run(parseResumeTask, { fileName: 'cv.pdf', bytes: Buffer.from('%PDF-1.7\n1 0 obj garbage') })).rejects.toMatchObject({ code: 'unreadable_document' });
    expect(fake.requests.length).toBe(calls);
  });

  it('summarizeInterview derives the rating word and drops strengths it cannot quote', async () => {
    const transcript = [{ question: { text: sampleQuestion }, answer: sampleAnswer }];
    const draft = (await offline.run(summarizeInterviewTask, { transcript })).output;
    answerWith({
      headline: 'A clear, measured answer',
      summary: 'Good structure.',
      rating: 4,
      competencies: [],
      strengths: [{ text: 'Quantified the outcome', quote: 'Settlement time dropped by 40%' }, { text: 'Invented', quote: 'I managed 50 people' }],
      improvements: [],
      rewrite: null,
      suggestions: ['Name the alerting thresholds.'],
      practicePlan: [{ day: 1, focus: 'STAR', exercise: 'Rewrite one answer.' }],
    });
    const { output } = await llm.run(summarizeInterviewTask, { transcript });
    expect(output.ratingWord).toBe('Strong');
    expect(output.strengths).toEqual([{ text: 'Quantified the outcome', quote: 'Settlement time dropped by 40%' }]);
    expect(output.perAnswer).toEqual(draft.perAnswer);
    expect(output.rewrite).toEqual(draft.rewrite);
  });
});

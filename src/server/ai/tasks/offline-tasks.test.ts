import { describe, expect, it } from 'vitest';
import { sampleAnswer, sampleJobText, sampleQuestion, sampleResumeText } from '#tests/support/fake-llm/task-samples.ts';
import { createTestEngine } from '#tests/support/fake-llm/test-engine.ts';
import {
  analyzeSkillGapsTask,
  briefInterviewerTask,
  evaluateAnswerTask,
  extractExperienceTask,
  extractSkillsTask,
  generateQuestionsTask,
  matchResumeTask,
  nextTurnTask,
  noteLiveTask,
  parseJobTask,
  parseResumeTask,
  reviewInterviewTask,
  summarizeInterviewTask,
} from './index.ts';

const engine = createTestEngine(undefined);
const transcript = [{ question: { text: sampleQuestion, competency: 'problem_solving' as const }, answer: sampleAnswer }];

describe('every task answers offline through the engine, validated by its schema', () => {
  it('parseResume → extractSkills → parseJob → matchResume', async () => {
    const parsed = await engine.run(parseResumeTask, { fileName: 'jordan.txt', bytes: Buffer.from(sampleResumeText) });
    expect(parsed.meta.engine).toBe('offline');
    expect(parsed.output.format).toBe('txt');
    expect(parsed.output.resume.basics?.email).toBe('jordan.reyes@example.com');

    const skills = await engine.run(extractSkillsTask, { text: 'Built services in TypeScript on Kubernetes.' });
    expect(skills.output.skills.map((skill) => skill.name)).toEqual(expect.arrayContaining(['TypeScript', 'Kubernetes']));

    const job = await engine.run(parseJobTask, { text: sampleJobText });
    expect(job.output.mustHave.map((skill) => skill.name)).toContain('Apache Kafka');

    const { format: _format, pages: _pages, ...resume } = parsed.output;
    const match = await engine.run(matchResumeTask, { resume, job: { ...job.output, text: sampleJobText } });
    expect(match.output.matched).toContain('Apache Kafka');
    expect(match.output.score).toBeGreaterThan(0);
  });

  it('generateQuestions → nextTurn → evaluateAnswer → summarizeInterview', async () => {
    const questions = await engine.run(generateQuestionsTask, { role: 'Backend Engineer', interviewType: 'technical', count: 3 });
    expect(questions.output.questions).toHaveLength(3);

    const state = { stages: [{ stage: 'technical' as const, budget: 3 }, { stage: 'closing' as const, budget: 0 }], questions: questions.output.questions, turns: [] };
    const turn = await engine.run(nextTurnTask, state);
    expect(turn.output.message.length).toBeGreaterThan(0);

    const evaluation = await engine.run(evaluateAnswerTask, { question: { text: sampleQuestion }, answer: sampleAnswer });
    expect(evaluation.output.starCoverage).toBeGreaterThan(0);

    const report = await engine.run(summarizeInterviewTask, { transcript });
    expect(report.output.perAnswer).toHaveLength(1);
  });

  it('briefInterviewer, noteLive, reviewInterview, extractExperience, analyzeSkillGaps', async () => {
    const brief = await engine.run(briefInterviewerTask, { jobDescription: sampleJobText, resumeText: sampleResumeText });
    expect(brief.output.match.matched).toContain('Apache Kafka');

    const notes = await engine.run(noteLiveTask, { chunk: sampleAnswer });
    expect(notes.meta.engine).toBe('offline');

    const review = await engine.run(reviewInterviewTask, { transcript, jobDescription: sampleJobText });
    expect(review.output.reasons.length).toBeGreaterThan(0);

    const story = await engine.run(extractExperienceTask, { messages: [{ role: 'user', content: sampleAnswer }] });
    expect(story.output.skills.map((skill) => skill.name)).toContain('Apache Kafka');

    const gaps = await engine.run(analyzeSkillGapsTask, { profileSkills: ['TypeScript', 'Kafka'], jobs: [{ title: 'Backend', text: sampleJobText }] });
    expect(gaps.output.jobs).toHaveLength(1);
  });

  it('rejects a bad input by field name before any engine runs', async () => {
    await expect(engine.run(generateQuestionsTask, { role: '', count: 3 })).rejects.toThrow(/role: role is required/);
    await expect(engine.run(parseResumeTask, { fileName: 'x.txt', bytes: 'not bytes' as unknown as Uint8Array })).rejects.toThrow(/bytes: must be the file contents as bytes/);
  });
});

describe('the engine\'s clock is the only "today" of the offline tasks', () => {
  const resume = {
    text: 'Sam Park\nBackend Engineer, Acme\nBuilt payment services in Go.',
    resume: { basics: { name: 'Sam Park' }, work: [{ name: 'Acme', position: 'Backend Engineer', startDate: '2020-01', highlights: ['Built payment services in Go.'] }] },
    entities: [],
    warnings: [],
  };
  const jobText = 'Backend Engineer\nRequirements\n- 10+ years of experience\n- Go';
  const engineOn = (day: string) => createTestEngine(undefined, { clock: { now: () => new Date(day) } });

  it('measures years of experience of a current job up to the clock, in matchResume and briefInterviewer', async () => {
    const [early, late] = [engineOn('2024-01-01T00:00:00Z'), engineOn('2030-01-01T00:00:00Z')];
    const job = { ...(await early.run(parseJobTask, { text: jobText })).output, text: jobText };
    const experience = async (engine: typeof early) => (await engine.run(matchResumeTask, { resume, job })).output.components.find((component) => component.name === 'experience');
    expect((await experience(early))?.detail).toBe('4 relevant years of 10+ asked');
    expect((await experience(late))?.detail).toBe('10 relevant years of 10+ asked');
    expect((await experience(late))?.value).toBeGreaterThan((await experience(early))?.value ?? 1);

    const summary = async (engine: typeof early) => (await engine.run(briefInterviewerTask, { jobDescription: jobText, resume: resume.resume })).output.candidateSummary;
    expect(await summary(early)).toContain('About 4 years of dated experience');
    expect(await summary(late)).toContain('About 10 years of dated experience');
  });

  it('still lets an input fix its own date (options.now) over the clock', async () => {
    const job = { ...(await engineOn('2024-01-01T00:00:00Z').run(parseJobTask, { text: jobText })).output, text: jobText };
    const result = (await engineOn('2030-01-01T00:00:00Z').run(matchResumeTask, { resume, job, options: { now: new Date('2024-01-01T00:00:00Z') } })).output;
    expect(result.components.find((component) => component.name === 'experience')?.detail).toBe('4 relevant years of 10+ asked');
  });
});

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

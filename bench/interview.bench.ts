/**
 * Offline interview-task latencies: `npx tsx bench/interview.bench.ts [runs]`.
 * Prints the cold first call (model and taxonomy loading) once, then median and p95 of warm calls for each task:
 * generateQuestions, nextTurn, evaluateAnswer, summarizeInterview, briefInterviewer, noteLive, reviewInterview,
 * extractExperience, analyzeSkillGaps. The text-analysis cache is cleared before every run. Inputs are ordinary: a ~90-word answer, a 6-answer transcript, a one-page resume.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateQuestionsInputSchema } from '#shared/ai/questions.ts';
import { analyzeSkillGaps } from '#server/ai/offline/career/analyze-skill-gaps.ts';
import { extractExperience } from '#server/ai/offline/career/extract-experience.ts';
import { answers } from '#server/ai/offline/evaluation/answers.fixture.ts';
import { evaluateAnswer } from '#server/ai/offline/evaluation/evaluate-answer.ts';
import { summarizeInterview } from '#server/ai/offline/feedback/summarize-interview.ts';
import { nextTurn } from '#server/ai/offline/interviewer/next-turn.ts';
import { planInterview } from '#server/ai/offline/interviewer/plan-interview.ts';
import { briefInterviewer } from '#server/ai/offline/live/brief-interviewer.ts';
import { noteLive } from '#server/ai/offline/live/note-live.ts';
import { reviewInterview } from '#server/ai/offline/live/review-interview.ts';
import { generateQuestions } from '#server/ai/offline/questions/generate-questions.ts';

const runs = Number(process.argv[2] ?? 50);
const fixture = (path: string): string => readFileSync(new URL(`../tests/fixtures/${path}`, import.meta.url), 'utf8');
const jobDescription = fixture('jobs/senior-backend-engineer.txt');
const nurseJob = fixture('jobs/registered-nurse-icu.txt');
const resumeText = fixture('resumes/software-engineer.txt');
const question = { text: 'Tell me about a time you dealt with a difficult customer.', competency: 'customer_focus' as const };
const transcript = [answers.strongRetail, answers.strongNurse, answers.strongTeacher, answers.weakVague, answers.weakTeam, answers.offTopic].map((answer, index) => ({
  question: { id: `q${index}`, text: index % 2 === 0 ? question.text : 'Describe a time you worked under a tight deadline.' },
  answer,
}));
const questions = generateQuestions(generateQuestionsInputSchema.parse({ role: 'Account Manager', interviewType: 'mixed', count: 6 })).questions;
const midInterview = (() => {
  const state = planInterview(questions);
  const first = nextTurn(state);
  return {
    ...state,
    turns: [
      { role: 'interviewer' as const, stage: first.stage, kind: 'question' as const, text: first.message, ...(first.questionId ? { questionId: first.questionId } : {}) },
      { role: 'candidate' as const, stage: first.stage, kind: 'answer' as const, text: answers.weakTeam },
    ],
  };
})();
const conversation = [
  { role: 'assistant' as const, content: 'Tell me about something you improved.' },
  { role: 'user' as const, content: answers.strongNurse },
];
const chunk = `Interviewer: Tell me about your last role.\nCandidate: ${answers.strongRetail}`;
const gapJobs = [{ text: jobDescription }, { text: nurseJob }, { text: fixture('jobs/data-analyst-junior.txt') }, { text: fixture('jobs/staff-accountant.txt') }];

const tasks: [string, () => unknown][] = [
  ['generateQuestions (8, JD + resume)', () => generateQuestions(generateQuestionsInputSchema.parse({ role: 'Senior Backend Engineer', interviewType: 'mixed', count: 8, jobDescription, resume: { work: [{ name: 'Acme', highlights: ['Led the migration to Kafka, cutting latency by 40%'] }] } }))],
  ['nextTurn (follow-up decision)', () => nextTurn(midInterview)],
  ['evaluateAnswer (~90 words)', () => evaluateAnswer({ question, answer: answers.strongRetail })],
  ['summarizeInterview (6 answers)', () => summarizeInterview(transcript)],
  ['briefInterviewer (job + resume text)', () => briefInterviewer({ jobDescription, resumeText, now: new Date('2026-11-01') })],
  ['noteLive (one chunk)', () => noteLive({ chunk, context: { jobDescription } })],
  ['reviewInterview (6 answers + job)', () => reviewInterview({ transcript, jobDescription })],
  ['extractExperience (conversation)', () => extractExperience({ messages: conversation })],
  ['analyzeSkillGaps (4 jobs)', () => analyzeSkillGaps({ profileSkills: ['Python', 'SQL', 'Excel', 'communication'], jobs: gapJobs })],
];

const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;

console.log(`offline interview tasks, ${runs} warm runs each (ms)`);
console.log(`${'task'.padEnd(40)}${'cold'.padStart(9)}${'median'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}`);
for (const [name, run] of tasks) {
  const coldStart = performance.now();
  run();
  const cold = performance.now() - coldStart;
  for (let warm = 0; warm < 5; warm += 1) run();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  const format = (value: number): string => value.toFixed(1).padStart(9);
  console.log(`${name.padEnd(40)}${format(cold)}${format(percentile(times, 0.5))}${format(percentile(times, 0.95))}${format(Math.max(...times))}`);
}

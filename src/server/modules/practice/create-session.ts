import { randomUUID } from 'node:crypto';
import { generateQuestionsTask, nextTurnTask, parseResumeTask, planInterview, type AiRunContext } from '#server/ai/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { Resume } from '#shared/ai/resume.ts';
import { questionStages, type Question, type Seniority } from '#shared/ai/questions.ts';
import type { CreatePracticeSession, PracticeDifficulty, PracticeSessionState } from '#shared/contracts/practice.ts';
import { findCandidateContext, findOwnedJobPosting } from './context.repo.ts';
import { plannerId } from './interview-state.ts';
import { viewSession } from './load-session.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { findSessionById, findSessionNamesStartingWith, insertSession, readSessionRecord, type NewSessionQuestion } from './sessions.repo.ts';
import { defaultSessionName } from '#shared/practice/session-name.ts';

const seniorityOfDifficulty: Record<PracticeDifficulty, Seniority> = { easy: 'junior', medium: 'mid', hard: 'senior' };

/**
 * Plans a new interview: questions generated for the role and type, personalised from the caller's current CV and
 * the job description (pasted, or from one of their saved job postings); the interviewer's opening words are saved
 * as the first turn, so the session starts in progress.
 */
export async function createSession(deps: PracticeDeps, caller: Caller, input: CreatePracticeSession): Promise<PracticeSessionState> {
  const ctx: AiRunContext = { userId: caller.userId };
  const posting = input.jobPostingId ? await findOwnedJobPosting(deps.db, caller.userId, input.jobPostingId) : undefined;
  if (input.jobPostingId && !posting) throw new AppError('not_found', 'Job posting not found among your saved jobs.');
  const jobDescription = input.jobDescription || posting?.description?.trim() || undefined;
  const candidate = await findCandidateContext(deps.db, caller.userId);
  const resume = candidate.cvText ? await readResume(deps, candidate.cvText, ctx) : undefined;
  const focusSkills = input.focusSkills ?? [];
  const seniority = input.experienceLevel ?? (input.difficulty ? seniorityOfDifficulty[input.difficulty] : undefined);

  const { output: generated, meta } = await deps.engine.run(
    generateQuestionsTask,
    {
      role: input.targetRole,
      interviewType: input.interviewType,
      focusSkills,
      count: input.questionCount,
      seed: randomUUID(),
      ...(seniority ? { seniority } : {}),
      ...(jobDescription ? { jobDescription } : {}),
      ...(resume ? { resume } : {}),
    },
    ctx,
  );
  const questions = inStageOrder(generated.questions);
  if (questions.length === 0) throw new AppError('unavailable', 'No questions could be generated for this role. Try another role or interview type.');
  const rows: NewSessionQuestion[] = questions.map((question, index) => ({
    id: randomUUID(),
    text: question.text,
    position: index + 1,
    typeTag: question.type,
    stage: question.stage,
    competency: question.competency,
    skill: question.skill ?? null,
    strongAnswerShows: question.strongAnswerShows,
  }));

  const candidateName = candidate.fullName?.trim().split(/\s+/)[0];
  const plan = planInterview(
    questions.map((question, index) => ({ ...question, id: plannerId(index + 1) })),
    { role: input.targetRole, ...(candidateName ? { candidateName } : {}) },
  );
  const { output: opening } = await deps.engine.run(nextTurnTask, plan, ctx);
  const firstQuestion = opening.questionId ? rows.find((row) => plannerId(row.position) === opening.questionId) : undefined;
  const now = deps.now();

  const sessionId = await insertSession(
    deps.db,
    {
      userId: caller.userId,
      name: input.name ?? (await defaultName(deps, caller, input, now)),
      targetRole: input.targetRole,
      interviewType: input.interviewType,
      difficulty: input.difficulty ?? null,
      experienceLevel: seniority ?? null,
      focusSkills,
      jobDescription: jobDescription ?? null,
      jobPostingId: posting?.id ?? null,
      cvUploadId: resume ? candidate.cvUploadId : null,
      requestedQuestionCount: input.questionCount,
      actualQuestionCount: questions.length,
      mode: input.mode,
      status: 'in_progress',
      stage: opening.stage,
      hasResume: Boolean(resume),
      hasJd: Boolean(jobDescription),
      metadata: {
        ...(candidateName ? { candidateName } : {}),
        profession: generated.profession,
        seniority: generated.seniority,
        questionEngine: meta.engine,
        basedOn: Object.fromEntries(questions.flatMap((question, index) => (question.basedOn ? [[rows[index]!.id, question.basedOn]] : []))),
      },
      createdAt: now,
      updatedAt: now,
      startedAt: now,
    },
    rows,
    { role: 'interviewer', stage: opening.stage, text: opening.message, questionId: firstQuestion?.id ?? null },
  );
  deps.log.info({ sessionId, questions: questions.length, engine: meta.engine }, 'practice session started');
  const session = await findSessionById(deps.db, sessionId);
  return viewSession(deps, await readSessionRecord(deps.db, session!));
}

/** The CV as a structured resume, read offline from its text: fast, and the same whichever engine asks the questions. */
async function readResume(deps: PracticeDeps, cvText: string, ctx: AiRunContext): Promise<Resume> {
  const { output } = await deps.engine.run(parseResumeTask, { fileName: 'cv.txt', mimeType: 'text/plain', bytes: new TextEncoder().encode(cvText) }, { ...ctx, engine: 'offline' });
  return output.resume;
}

function inStageOrder(questions: readonly Question[]): Question[] {
  return [...questions].sort((a, b) => questionStages.indexOf(a.stage) - questionStages.indexOf(b.stage));
}

/** "Accountant · Behavioural · 7 Dec 2026", numbered when the caller already has one of that name. */
async function defaultName(deps: PracticeDeps, caller: Caller, input: CreatePracticeSession, day: Date): Promise<string> {
  const base = defaultSessionName({ targetRole: input.targetRole, interviewType: input.interviewType, day, taken: [] });
  const taken = await findSessionNamesStartingWith(deps.db, caller.userId, base);
  return defaultSessionName({ targetRole: input.targetRole, interviewType: input.interviewType, day, taken });
}

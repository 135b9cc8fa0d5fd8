import { analyseText, type AnalyseText } from '#server/ai/offline/evaluation/analyse-text.ts';
import { interviewStateSchema, nextTurnSchema, type InterviewState, type InterviewStage, type NextTurn, type Turn } from '#shared/ai/interview.ts';
import type { Question } from '#shared/ai/questions.ts';
import { describeStage, writeClose, writeFollowUp, writeTransition, writeWelcome } from './interviewer-messages.ts';
import { judgeDepth } from './judge-depth.ts';

/** Offline nextTurn: a pure function of the interview state (same state, same turn). */
export function nextTurn(input: InterviewState, analyse: AnalyseText = analyseText): NextTurn {
  const state = interviewStateSchema.parse(input);
  return nextTurnSchema.parse(decide(state, analyse));
}

function decide(state: InterviewState, analyse: AnalyseText): NextTurn {
  const last = state.turns.at(-1);
  const stageOfLast = last?.stage ?? 'welcome';
  if (state.endedBy || last?.kind === 'close') {
    if (!state.endedBy && last?.kind === 'close') return { action: 'close', stage: 'closing', message: last.text, reason: 'the interview is already closed' };
    return { action: 'close', stage: 'closing', message: closeWords(state), reason: state.endedBy ? `ended by ${state.endedBy}` : 'the interview is already closed' };
  }
  if (!last) return openInterview(state);
  if (last.role === 'interviewer') {
    return { action: 'ask', stage: last.stage, message: last.text, ...(last.questionId ? { questionId: last.questionId } : {}), reason: 'waiting for the candidate to answer' };
  }
  const asked = lastInterviewerTurn(state.turns);
  if (asked && !state.skippedStages.includes(asked.stage)) {
    const followUp = considerFollowUp(state, asked, last, analyse);
    if (followUp) return followUp;
  }
  return moveOn(state, asked?.stage ?? stageOfLast);
}

function openInterview(state: InterviewState): NextTurn {
  const next = findNextQuestion(state, 'welcome');
  const welcomeActive = state.stages.some((entry) => entry.stage === 'welcome') && !state.skippedStages.includes('welcome');
  const plannedStages = activeStages(state).filter((entry) => entry.budget > 0).map((entry) => entry.stage);
  const welcome = welcomeActive ? `${writeWelcome(state, plannedStages)} ` : '';
  if (!next) return { action: 'close', stage: 'closing', message: `${welcome}${closeWords(state)}`.trim(), reason: 'no questions are planned for the active stages' };
  return {
    action: 'advance_stage',
    stage: next.question.stage,
    message: `${welcome}${writeTransition(next.question.stage, false)} ${next.question.text}`.trim(),
    questionId: next.question.id,
    reason: welcomeActive ? `welcome, then the first ${next.question.stage} question` : `starting with the ${next.question.stage} stage`,
  };
}

function considerFollowUp(state: InterviewState, asked: Turn, answer: Turn, analyse: AnalyseText): NextTurn | null {
  // At most one follow-up per question: after a follow-up, the interviewer moves on.
  if (asked.kind !== 'question' || !asked.questionId) return null;
  const judgement = judgeDepth(asked.text, answer.text, asked.stage, analyse);
  if (!judgement.thin || !judgement.gap) return null;
  return {
    action: 'follow_up',
    stage: asked.stage,
    message: writeFollowUp(judgement.gap, judgement.quote),
    questionId: asked.questionId,
    reason: `the answer is thin: ${judgement.gap.replace('_', ' ')}`,
  };
}

function moveOn(state: InterviewState, currentStage: InterviewStage): NextTurn {
  const next = findNextQuestion(state, currentStage);
  if (!next) return { action: 'close', stage: 'closing', message: closeWords(state), reason: 'all planned questions within the stage budgets have been asked' };
  if (next.question.stage === currentStage) {
    return { action: 'ask', stage: currentStage, message: next.question.text, questionId: next.question.id, reason: `next ${currentStage} question (${next.askedInStage + 1} of ${next.budget})` };
  }
  return {
    action: 'advance_stage',
    stage: next.question.stage,
    message: `${writeTransition(next.question.stage, justAnswered(state))} ${next.question.text}`.trim(),
    questionId: next.question.id,
    reason: `moving from ${describeStage(currentStage)} to ${describeStage(next.question.stage)}`,
  };
}

type NextQuestion = { question: Question; askedInStage: number; budget: number };

/** The next unasked question in the current stage while its budget lasts, else in the next active stage. */
function findNextQuestion(state: InterviewState, currentStage: InterviewStage): NextQuestion | null {
  const askedIds = new Set(state.turns.filter((turn) => turn.role === 'interviewer' && turn.kind === 'question').map((turn) => turn.questionId));
  const stages = activeStages(state);
  const currentIndex = state.stages.findIndex((entry) => entry.stage === currentStage);
  for (const entry of stages) {
    const index = state.stages.indexOf(entry);
    if (index < currentIndex) continue;
    const askedInStage = state.turns.filter((turn) => turn.role === 'interviewer' && turn.kind === 'question' && turn.stage === entry.stage).length;
    if (askedInStage >= entry.budget) continue;
    const question = state.questions.find((candidate) => candidate.stage === entry.stage && !askedIds.has(candidate.id));
    if (question) return { question, askedInStage, budget: entry.budget };
  }
  return null;
}

function closeWords(state: InterviewState): string {
  const answered = state.turns.some((turn) => turn.role === 'candidate' && turn.text.trim() !== '');
  const closingAsked = state.turns.some((turn) => turn.role === 'interviewer' && turn.stage === 'closing' && turn.kind !== 'close');
  return writeClose(state, { answered, askForQuestions: answered && !closingAsked });
}

/** Whether the last turn is an answer with words in it (a skipped stage leaves an empty one). */
function justAnswered(state: InterviewState): boolean {
  const last = state.turns.at(-1);
  return last?.role === 'candidate' && last.text.trim() !== '';
}

function activeStages(state: InterviewState): InterviewState['stages'] {
  return state.stages.filter((entry) => !state.skippedStages.includes(entry.stage));
}

function lastInterviewerTurn(turns: readonly Turn[]): Turn | undefined {
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    const turn = turns[index];
    if (turn?.role === 'interviewer') return turn;
  }
  return undefined;
}

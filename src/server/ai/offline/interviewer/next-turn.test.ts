import { describe, expect, it } from 'vitest';
import type { InterviewState, NextTurn, Turn } from '#shared/ai/interview.ts';
import type { Question } from '#shared/ai/questions.ts';
import { answers } from '#server/ai/offline/evaluation/answers.fixture.ts';
import { questionIdFor } from '#server/ai/offline/questions/seeded-random.ts';
import { nextTurn } from './next-turn.ts';
import { planInterview } from './plan-interview.ts';

function question(stage: Question['stage'], text: string): Question {
  return { id: questionIdFor(text), text, stage, type: stage === 'introduction' || stage === 'closing' ? stage : 'behavioural', competency: 'communication', strongAnswerShows: ['x'] };
}

const plan = [
  question('introduction', 'Tell me about yourself.'),
  question('experience', 'Tell me about a time you dealt with a difficult customer.'),
  question('behavioural', 'Describe a time you disagreed with your manager.'),
  question('behavioural', 'Tell me about a time you helped a colleague.'),
  question('closing', 'What questions do you have for us?'),
];

/** Plays the interviewer's turn into the state, as the practice service would record it. */
function record(state: InterviewState, turn: NextTurn): InterviewState {
  const kind: Turn['kind'] = turn.action === 'follow_up' ? 'follow_up' : turn.action === 'close' ? 'close' : 'question';
  return { ...state, turns: [...state.turns, { role: 'interviewer', stage: turn.stage, kind, text: turn.message, ...(turn.questionId ? { questionId: turn.questionId } : {}) }] };
}
function answer(state: InterviewState, text: string): InterviewState {
  const last = state.turns.at(-1);
  return { ...state, turns: [...state.turns, { role: 'candidate', stage: last?.stage ?? 'welcome', kind: 'answer', text, ...(last?.questionId ? { questionId: last.questionId } : {}) }] };
}

const intro = 'I am a customer service lead with six years in retail and logistics, and I enjoy fixing operational problems for clients.';

describe('nextTurn', () => {
  it('welcomes the candidate by name and asks the first question', () => {
    const turn = nextTurn(planInterview(plan, { candidateName: 'Sam', role: 'Account Manager' }));
    expect(turn.action).toBe('advance_stage');
    expect(turn.stage).toBe('introduction');
    expect(turn.message).toMatch(/^Hello, Sam, and welcome/);
    expect(turn.message).toContain('Account Manager');
    expect(turn.message).toContain(plan[0]?.text);
    expect(turn.questionId).toBe(plan[0]?.id);
  });

  it('follows up once when an answer lacks specifics, then moves on', () => {
    let state = planInterview(plan);
    state = answer(record(state, nextTurn(state)), intro);
    const second = nextTurn(state);
    expect(second).toMatchObject({ action: 'advance_stage', stage: 'experience', questionId: plan[1]?.id });
    state = answer(record(state, second), answers.weakTeam);
    const followUp = nextTurn(state);
    expect(followUp.action).toBe('follow_up');
    expect(followUp.questionId).toBe(plan[1]?.id);
    expect(followUp.message).toMatch(/your own part|personally/);
    // A second thin answer to the same question does not get a second follow-up.
    state = answer(record(state, followUp), 'We just kept going.');
    const after = nextTurn(state);
    expect(after.action).toBe('advance_stage');
    expect(after.stage).toBe('behavioural');
  });

  it('does not follow up a strong answer', () => {
    let state = planInterview(plan);
    state = answer(record(state, nextTurn(state)), intro);
    state = answer(record(state, nextTurn(state)), answers.strongRetail);
    const turn = nextTurn(state);
    expect(turn.action).toBe('advance_stage');
    expect(turn.questionId).toBe(plan[2]?.id);
  });

  it('asks for the result when the story stops before it', () => {
    let state = planInterview(plan);
    state = answer(record(state, nextTurn(state)), intro);
    state = answer(record(state, nextTurn(state)), 'At my last job a client was upset about a late order and wanted a refund. I called her, apologised and arranged a replacement with our warehouse team the same afternoon.');
    const turn = nextTurn(state);
    expect(turn.action).toBe('follow_up');
    expect(turn.message).toMatch(/outcome/);
  });

  it('stays within stage budgets and asks within a stage before advancing', () => {
    const state0 = planInterview(plan);
    const budgets = { ...state0, stages: state0.stages.map((entry) => (entry.stage === 'behavioural' ? { ...entry, budget: 1 } : entry)) };
    let state: InterviewState = budgets;
    const asked: string[] = [];
    for (let step = 0; step < 12; step += 1) {
      const turn = nextTurn(state);
      if (turn.action === 'close') break;
      if (turn.questionId && turn.action !== 'follow_up') asked.push(turn.questionId);
      state = answer(record(state, turn), answers.strongRetail);
    }
    expect(asked).toEqual([plan[0]?.id, plan[1]?.id, plan[2]?.id, plan[4]?.id]);
  });

  it('skips stages the candidate skipped', () => {
    let state: InterviewState = { ...planInterview(plan), skippedStages: ['experience', 'behavioural'] };
    state = answer(record(state, nextTurn(state)), intro);
    const turn = nextTurn(state);
    expect(turn.stage).toBe('closing');
    expect(turn.questionId).toBe(plan[4]?.id);
  });

  it('moves on without a follow-up when the current stage is skipped mid-answer', () => {
    let state = planInterview(plan);
    state = answer(record(state, nextTurn(state)), intro);
    state = answer(record(state, nextTurn(state)), 'Not sure.');
    state = { ...state, skippedStages: ['experience'] };
    expect(nextTurn(state).action).toBe('advance_stage');
  });

  it('closes politely, saying what happens next, at the end or when the candidate ends it', () => {
    let state = planInterview(plan.slice(0, 1), { candidateName: 'Ana' });
    state = answer(record(state, nextTurn(state)), intro);
    const close = nextTurn(state);
    expect(close.action).toBe('close');
    expect(close.message).toMatch(/Thank you/);
    expect(close.message).toMatch(/feedback report/);
    const ended = nextTurn({ ...planInterview(plan), endedBy: 'candidate', nextSteps: 'The recruiter will email you within a week.' });
    expect(ended).toMatchObject({ action: 'close', reason: 'ended by candidate' });
    expect(ended.message).toContain('The recruiter will email you within a week.');
  });

  it('repeats the pending question while waiting for an answer, and is a pure function', () => {
    const state = planInterview(plan);
    const first = nextTurn(state);
    const waiting = record(state, first);
    expect(nextTurn(waiting)).toMatchObject({ action: 'ask', questionId: first.questionId });
    expect(nextTurn(state)).toEqual(first);
  });
});

describe('the interviewer fits the interview', () => {
  const technicalOnly = [question('introduction', 'Tell me about yourself.'), question('technical', 'How do you plan a server migration?')];

  it('welcomes with the stages this session really has', () => {
    const welcome = nextTurn(planInterview(technicalOnly)).message;
    expect(welcome).toContain('covering introductions, then the technical and role-specific part, then wrapping up');
    expect(welcome).not.toMatch(/your experience|how you work with others/);
  });

  it('says "Thank you" only after an answer', () => {
    const opening = nextTurn(planInterview([question('experience', 'Tell me about a time you led a project.')]));
    expect(opening.message).not.toMatch(/Thank/);
    let state = planInterview(plan);
    state = answer(record(state, nextTurn(state)), intro);
    expect(nextTurn(state).message).toMatch(/^Thank you\. Now/);
    // A skipped stage leaves an empty answer: nothing was said, so nothing is thanked for.
    state = { ...answer(record(state, nextTurn(state)), ''), skippedStages: ['experience'] };
    expect(nextTurn(state).message).toMatch(/^Next, some questions/);
  });

  it('always has its closing moment unless the candidate ended early', () => {
    let state = planInterview(technicalOnly);
    state = answer(record(state, nextTurn(state)), intro);
    state = answer(record(state, nextTurn(state)), answers.strongRetail);
    const close = nextTurn(state);
    expect(close.action).toBe('close');
    expect(close.message).toMatch(/any questions for me\?/);
    expect(close.message).toMatch(/feedback report/);
    const ended = nextTurn({ ...answer(record(planInterview(technicalOnly), nextTurn(planInterview(technicalOnly))), intro), endedBy: 'candidate' });
    expect(ended.message).not.toMatch(/questions for me/);
    // A planned closing question is the closing moment: no second one.
    let full = planInterview(plan);
    for (let step = 0; step < 12 && nextTurn(full).action !== 'close'; step += 1) full = answer(record(full, nextTurn(full)), answers.strongRetail);
    expect(nextTurn(full).message).not.toMatch(/questions for me/);
  });

  it('promises no report when nothing was answered', () => {
    const state = planInterview(plan);
    const endedSilent = nextTurn({ ...record(state, nextTurn(state)), endedBy: 'candidate' });
    expect(endedSilent.message).not.toMatch(/report will be ready/);
    expect(endedSilent.message).toMatch(/no report/);
  });
});

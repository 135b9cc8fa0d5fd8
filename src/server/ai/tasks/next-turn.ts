import { nextTurn } from '#server/ai/offline/interviewer/next-turn.ts';
import { defineTask } from '#server/ai/task.ts';
import { block, joinPrompt, jsonBlock } from '#server/ai/tasks/support/prompt-blocks.ts';
import { interviewStateSchema, nextTurnSchema, type InterviewState, type NextTurn } from '#shared/ai/interview.ts';

/** The model only words the turn; what to do next (stage budgets, follow-up limits, closing) stays the planner's. */
const llmTurnSchema = nextTurnSchema.pick({ message: true, reason: true });

type Prepared = { state: InterviewState; plan: NextTurn };

const recentTurns = 8;

function describePlan({ state, plan }: Prepared): string {
  const question = plan.questionId ? state.questions.find((item) => item.id === plan.questionId) : undefined;
  switch (plan.action) {
    case 'ask':
    case 'advance_stage':
      return `Next: ask this ${plan.stage} question${question ? `: "${question.text}"` : ''}. Acknowledge the last answer in a few words first (no praise inflation, no evaluation).`;
    case 'follow_up':
      return `Next: one follow-up on the last answer, because ${plan.reason}. Ask for the missing specifics in one short question.`;
    case 'close':
      return `Next: close the interview politely; thank the candidate${state.nextSteps ? ` and say what happens next: ${state.nextSteps}` : ''}. Ask no more questions.`;
  }
}

export const nextTurnTask = defineTask({
  name: 'nextTurn',
  input: interviewStateSchema,
  output: nextTurnSchema,
  offline: (state, ctx) => nextTurn(state, ctx.analyseText),
  llmInput: (state, ctx): Prepared => ({ state, plan: nextTurn(state, ctx.analyseText) }),
  prompt: (prepared) => ({
    system: [
      `You are a warm, professional interviewer${prepared.state.role ? ` for a ${prepared.state.role} role` : ''}, speaking to the candidate.`,
      'Write only your next turn: one to three short spoken sentences, no lists, no markdown, no stage directions.',
      'Keep any planned question\'s meaning and the facts in it; do not invent facts about the candidate or company.',
      'reason: one short sentence for the interview log on why this turn.',
    ].join(' '),
    prompt: joinPrompt(
      prepared.state.candidateName && `Candidate: ${prepared.state.candidateName}`,
      jsonBlock('recent_turns', prepared.state.turns.slice(-recentTurns).map((turn) => ({ role: turn.role, text: turn.text }))),
      block('plan', describePlan(prepared)),
      block('planned_wording', prepared.plan.message),
    ),
  }),
  llmOutput: llmTurnSchema,
  finishLlm: (worded, { plan }) => ({ ...plan, message: worded.message.trim() || plan.message, reason: worded.reason || plan.reason }),
});

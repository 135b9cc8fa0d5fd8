import { interviewStateSchema, type InterviewStateInput, type NextTurn } from '#shared/ai/interview.ts';
import type { TextStreamRequest } from '#server/ai/engine-stream.ts';
import { nextTurn } from '#server/ai/offline/interviewer/next-turn.ts';
import { nextTurnTask } from './next-turn.ts';

/**
 * The interviewer's next turn for a live (spoken or streamed) session: the planner decides the move at once,
 * and `request` streams its wording through `engine.streamText`, with the planner's own words as the fallback.
 */
export function planNextTurnSpeech(stateInput: InterviewStateInput): { plan: NextTurn; request: TextStreamRequest } {
  const state = interviewStateSchema.parse(stateInput);
  const plan = nextTurn(state);
  const { system, prompt } = nextTurnTask.prompt({ state, plan });
  return {
    plan,
    request: {
      task: 'nextTurn',
      system: `${system} Answer with the words to say only, as plain text.`,
      prompt,
      fallback: () => plan.message,
    },
  };
}

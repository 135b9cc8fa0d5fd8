import type { InterviewState, InterviewStage } from '#shared/ai/interview.ts';
import type { DepthGap } from './judge-depth.ts';

const stageNames: Record<InterviewStage, string> = {
  welcome: 'welcome',
  introduction: 'introductions',
  experience: 'your experience',
  technical: 'the technical and role-specific part',
  behavioural: 'how you work with others and fit with the team',
  closing: 'wrapping up',
};

export function describeStage(stage: InterviewStage): string {
  return stageNames[stage];
}

export function writeWelcome(state: InterviewState, plannedStages: readonly InterviewStage[]): string {
  const name = state.candidateName ? `, ${state.candidateName}` : '';
  const role = state.role ? ` for the ${state.role} role` : '';
  const count = state.questions.length;
  const outline = plannedStages.filter((stage) => stage !== 'welcome').map(describeStage).join(', then ');
  return `Hello${name}, and welcome to this practice interview${role}. I will ask about ${count} question${count === 1 ? '' : 's'}, covering ${outline}. Take your time, and answer with real examples where you can. You can skip a stage or end the interview at any point.`;
}

export function writeTransition(stage: InterviewStage): string {
  switch (stage) {
    case 'introduction':
      return "Let's start with a short introduction.";
    case 'experience':
      return "Thank you. Now I'd like to hear more about your experience.";
    case 'technical':
      return "Thanks. Let's move on to the technical and role-specific questions.";
    case 'behavioural':
      return "Thank you. Next, some questions about how you work with people and handle situations.";
    case 'closing':
      return "Thank you, that's very helpful. We're nearly done.";
    case 'welcome':
      return '';
  }
}

export function writeFollowUp(gap: DepthGap, quote: string | null): string {
  const short = quote && quote.length <= 120 ? `You said: "${quote}" ` : '';
  switch (gap) {
    case 'too_short':
      return 'Could you tell me a bit more? A specific example would help: where you were, what you did, and what happened.';
    case 'no_action':
      return `${short}What did you personally do, step by step?`;
    case 'no_ownership':
      return `${short}You mentioned what the team did. What was your own part in it?`;
    case 'no_result':
      return `${short}What was the outcome? How did you know it had worked?`;
    case 'no_specifics':
      return `${short}Can you make that concrete: which tools or methods did you use, and can you put a number on the result?`;
  }
}

export function writeClose(state: InterviewState): string {
  const name = state.candidateName ? `, ${state.candidateName}` : '';
  const nextSteps = state.nextSteps ?? 'Your feedback report will be ready shortly, with your strengths, areas to improve and a practice plan.';
  if (state.endedBy === 'candidate') return `No problem, we'll stop here. Thank you for your time${name}. ${nextSteps}`;
  if (state.endedBy === 'timeout') return `We've reached the end of our time, so we'll stop here. Thank you${name}. ${nextSteps}`;
  return `That brings us to the end of the interview. Thank you for your time and your answers${name}. ${nextSteps}`;
}

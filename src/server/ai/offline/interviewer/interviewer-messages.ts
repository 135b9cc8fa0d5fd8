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

/** The welcome names the stages this session really has, in order, ending with the wrap-up every interview gets. */
export function writeWelcome(state: InterviewState, plannedStages: readonly InterviewStage[]): string {
  const name = state.candidateName ? `, ${state.candidateName}` : '';
  const role = state.role ? ` for the ${state.role} role` : '';
  const count = state.questions.length;
  const stages = plannedStages.filter((stage) => stage !== 'welcome' && stage !== 'closing');
  const outline = [...stages, 'closing' as const].map(describeStage).join(', then ');
  return `Hello${name}, and welcome to this practice interview${role}. I will ask about ${count} question${count === 1 ? '' : 's'}, covering ${outline}. Take your time, and answer with real examples where you can. You can skip a stage or end the interview at any point.`;
}

/** The words that open a new stage; "Thank you" only when the candidate has just answered something. */
export function writeTransition(stage: InterviewStage, afterAnswer: boolean): string {
  const thanks = afterAnswer ? 'Thank you. ' : '';
  switch (stage) {
    case 'introduction':
      return "Let's start with a short introduction.";
    case 'experience':
      return `${thanks}Now I'd like to hear about your experience.`;
    case 'technical':
      return `${thanks}Let's move on to the technical and role-specific questions.`;
    case 'behavioural':
      return `${thanks}Next, some questions about how you work with people and handle situations.`;
    case 'closing':
      return afterAnswer ? "Thank you, that's very helpful. We're nearly done." : "We're nearly done.";
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

/**
 * The closing words. A report is promised only when something was answered; an interview that ran its course without
 * a closing question still gets its "any questions for me?" moment before the goodbye.
 */
export function writeClose(state: InterviewState, options: { answered: boolean; askForQuestions: boolean }): string {
  const name = state.candidateName ? `, ${state.candidateName}` : '';
  const report = 'Your feedback report will be ready shortly, with your strengths, areas to improve and a practice plan.';
  const noReport = 'As no question was answered, there is no report this time; start a new session whenever you are ready.';
  const nextSteps = state.nextSteps ?? (options.answered ? report : noReport);
  if (options.askForQuestions && !state.endedBy) {
    return `That brings us to the end of my questions. Before we finish: do you have any questions for me? In a real interview this is your moment: have two or three ready about the role, the team or how success is measured. Thank you for your time and your answers${name}. ${nextSteps}`;
  }
  if (state.endedBy === 'candidate') return `No problem, we'll stop here. Thank you for your time${name}. ${nextSteps}`;
  if (state.endedBy === 'timeout') return `We've reached the end of our time, so we'll stop here. Thank you${name}. ${nextSteps}`;
  return `That brings us to the end of the interview. Thank you for your time and your answers${name}. ${nextSteps}`;
}

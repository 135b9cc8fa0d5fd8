import { earlyCareer, experienced, seniorOnly, technical, type BankTemplate } from './types.ts';

/** Questions about one named skill; `{skill}` is a focus skill, a job requirement or a resume skill. */
export const skillTemplates: readonly BankTemplate[] = [
  technical('skill-recent-use', 'technical_depth', 'Tell me about the most recent piece of work where you used {skill}. What was your part and what came of it?', ['concrete, recent use of {skill}', 'their own decisions, not the team’s', 'a result they can measure']),
  technical('skill-hard-problem', 'problem_solving', 'What is the hardest problem you have solved using {skill}? Walk me through your approach.', ['depth beyond the basics of {skill}', 'a structured approach', 'what they would do differently']),
  technical('skill-explain', 'communication', 'How would you explain {skill} and why it matters to someone new to the field?', ['accurate understanding of {skill}', 'plain, well-structured explanation', 'a relevant example'], { levels: earlyCareer }),
  technical('skill-mistakes', 'technical_depth', 'What are the most common mistakes people make with {skill}, and how do you avoid them?', ['hands-on experience of pitfalls with {skill}', 'practical safeguards', 'an example from their own work']),
  technical('skill-learned', 'learning', 'How did you learn {skill}, and how do you keep it up to date?', ['a deliberate learning path', 'applied practice', 'awareness of recent changes'], { levels: earlyCareer }),
  technical('skill-quality', 'attention_to_detail', 'How do you check that your work with {skill} is correct before others rely on it?', ['a verification habit (tests, reviews, checklists)', 'examples of catching errors', 'proportion to the risk']),
  technical('skill-tradeoff', 'technical_depth', 'When would you not use {skill}? Tell me about a time you chose an alternative.', ['knows the limits of {skill}', 'compares alternatives with criteria', 'explains the decision and result'], { levels: experienced }),
  technical('skill-improve', 'ownership', 'Tell me about a time you improved how your team uses {skill}.', ['identifies a concrete weakness', 'introduces a practice or tool', 'measures the improvement'], { levels: experienced }),
  technical('skill-teach', 'leadership', 'How have you helped others on your team get better at {skill}?', ['coaches rather than does it for them', 'creates reusable material or standards', 'a visible change in others'], { levels: seniorOnly }),
  technical('skill-scale', 'technical_depth', 'Describe the largest or most demanding situation in which you applied {skill}. What changed at that scale?', ['understands what breaks at scale', 'adapts methods accordingly', 'quantifies size and outcome'], { levels: seniorOnly }),
  technical('skill-pressure', 'time_management', 'Tell me about a time you had to use {skill} under serious time pressure. What did you prioritise?', ['keeps quality where it matters', 'makes explicit trade-offs', 'states the outcome']),
  technical('skill-rate', 'technical_depth', 'On a scale from beginner to expert, where would you place yourself with {skill}, and what example best justifies that?', ['honest self-assessment', 'evidence that matches the claim', 'knows what the next level requires'], { stage: 'experience' }),
];

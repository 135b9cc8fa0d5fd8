import type { InterviewType } from '#shared/ai/questions.ts';

/** What kind of question fills each position of the session. */
export type Slot = 'introduction' | 'experience' | 'highlight' | 'skill' | 'role' | 'behavioural' | 'situational' | 'screening' | 'design' | 'closing';

const core: Record<InterviewType, readonly Slot[]> = {
  behavioural: ['behavioural'],
  technical: ['skill', 'role', 'skill'],
  situational: ['situational'],
  hr_screening: ['screening'],
  system_design: ['design', 'skill'],
  mixed: ['skill', 'behavioural', 'situational', 'role', 'behavioural', 'design'],
};

/**
 * A session opens with an introduction (3+ questions), draws on experience (4+; the resume's highlights when given)
 * and ends with a closing question (5+); the rest cycles through the interview type's core kinds.
 */
export function planSlots(type: InterviewType, count: number, hasHighlights: boolean): Slot[] {
  const slots: Slot[] = [];
  const opening: Slot[] = [];
  if (count >= 3) opening.push('introduction');
  if (count >= 4 && type !== 'system_design') opening.push(hasHighlights ? 'highlight' : 'experience');
  const closing: Slot[] = count >= 5 ? ['closing'] : [];
  const coreCount = count - opening.length - closing.length;
  const cycle = core[type];
  for (let index = 0; index < coreCount; index += 1) slots.push(cycle[index % cycle.length] ?? 'behavioural');
  if (hasHighlights && count >= 6 && type !== 'hr_screening') {
    // A second resume-based question replaces one core slot when there is room for both.
    slots[Math.min(1, slots.length - 1)] = 'highlight';
  }
  return [...opening, ...slots, ...closing];
}

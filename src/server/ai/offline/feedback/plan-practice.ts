import type { Competency } from '#shared/ai/questions.ts';
import type { Improvement } from './find-improvements.ts';

export type PracticeDay = { day: number; focus: string; exercise: string };

const competencyDrills: Partial<Record<Competency, string>> = {
  communication: 'Explain a recent piece of your work to a friend outside your field in two minutes; ask them to repeat back the main point.',
  problem_solving: 'Write down a problem you solved: the symptoms, how you found the cause, and the evidence that the fix worked.',
  ownership: 'List three times you went beyond your role; for each, write one sentence on what you did and one on the result.',
  teamwork: 'Prepare a story about helping a colleague succeed; make your part and theirs equally clear.',
  leadership: 'Prepare a story where you set direction or developed someone; include how you knew it worked.',
  adaptability: 'Prepare a story about a sudden change of plan: what changed, how you re-planned, and what you delivered.',
  conflict_resolution: 'Prepare a disagreement story: both points of view, what you said, and how the relationship ended up.',
  customer_focus: 'Prepare a story about a difficult customer, client or patient: their need, your action, and their reaction.',
  technical_depth: 'Pick one core skill of the role and explain a hard case you handled with it, including the trade-offs.',
  system_design: 'Sketch one system or process end to end in 20 minutes: requirements, parts, flow, and what fails first.',
  time_management: 'Prepare a story about competing deadlines: how you prioritised and what you let slip on purpose.',
  learning: 'Prepare a story about learning something fast: how you learned and what you did with it within a month.',
  integrity: 'Prepare a story where you held a standard under pressure; say what it cost and why it was right.',
  attention_to_detail: 'Prepare a story about an error you caught: how you spotted it and what you changed to prevent repeats.',
  motivation: 'Write a 60-second answer to "Why this role?" that links two of your experiences to what the role needs.',
};

/** A 7- to 10-day plan: improvements first, then the weakest competencies, then a full mock to check progress. */
export function planPractice(improvements: readonly Improvement[], weakest: readonly Competency[]): PracticeDay[] {
  const days: Omit<PracticeDay, 'day'>[] = [
    { focus: 'Story bank', exercise: 'List six situations from your work that show different competencies; note the situation, your action and the result for each.' },
  ];
  for (const improvement of improvements) {
    days.push({ focus: improvement.text.replace(/ \(\d+ of \d+ answers\)\.$/, '').replace(/\.$/, ''), exercise: `${improvement.technique}. Re-answer one question from this interview applying it, out loud, and record yourself.` });
  }
  for (const competency of weakest.slice(0, 3)) {
    const drill = competencyDrills[competency];
    if (drill) days.push({ focus: competency.replace(/_/g, ' '), exercise: drill });
  }
  days.push({ focus: 'Delivery', exercise: 'Record two answers; count filler words and time each answer (aim for 60–120 seconds).' });
  if (days.length < 7) days.push({ focus: 'Role research', exercise: 'Map each requirement of a job you want to one story from your bank; fill the gaps with new stories.' });
  if (days.length < 7) days.push({ focus: 'Rest and review', exercise: 'Read your story notes once; do not rehearse word for word.' });
  days.push({ focus: 'Full mock interview', exercise: 'Run a full practice interview and compare the new report with this one.' });
  return days.slice(0, 10).map((entry, index) => ({ day: index + 1, ...entry }));
}

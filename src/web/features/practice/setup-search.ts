import type { PracticeInterviewType } from '#shared/contracts/practice.ts';
import { interviewTypeLabels } from './practice-labels.ts';

export type SetupPrefill = { targetRole?: string; interviewType?: PracticeInterviewType; focusSkills?: string[] };

/** The setup form can be opened prefilled: /practice/new?role=…&type=…&skill=…&skill=… */
export function setupSearchOf(prefill: SetupPrefill): string {
  const search = new URLSearchParams();
  if (prefill.targetRole) search.set('role', prefill.targetRole);
  if (prefill.interviewType) search.set('type', prefill.interviewType);
  for (const skill of prefill.focusSkills ?? []) search.append('skill', skill);
  return search.toString();
}

export function readSetupSearch(search: URLSearchParams): SetupPrefill {
  const type = search.get('type');
  return {
    ...(search.get('role') ? { targetRole: search.get('role')! } : {}),
    ...(type && type in interviewTypeLabels ? { interviewType: type as PracticeInterviewType } : {}),
    focusSkills: search.getAll('skill').filter((skill) => skill.trim() !== ''),
  };
}

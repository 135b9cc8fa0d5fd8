import type { Competency } from '#shared/ai/questions.ts';
import type {
  PracticeDifficulty,
  PracticeEndReason,
  PracticeInterviewType,
  PracticeStage,
  PracticeStatus,
} from '#shared/contracts/practice.ts';

export const interviewTypeLabels: Record<PracticeInterviewType, string> = {
  behavioural: 'Behavioural',
  technical: 'Technical',
  situational: 'Situational',
  hr_screening: 'HR screening',
  system_design: 'System design',
  mixed: 'Mixed',
};

export const stageLabels: Record<PracticeStage, string> = {
  welcome: 'Welcome',
  introduction: 'Introduction',
  experience: 'Experience',
  technical: 'Technical',
  behavioural: 'Behavioural',
  closing: 'Closing',
};

export const statusLabels: Record<PracticeStatus, string> = {
  pending: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  aborted: 'Ended without answers',
};
export const statusColors: Record<PracticeStatus, string> = { pending: 'gray', in_progress: 'blue', completed: 'teal', aborted: 'gray' };

export const endReasonLabels: Record<PracticeEndReason, string> = {
  completed: 'All questions answered',
  ended_by_candidate: 'Ended early',
  timed_out: 'Timed out',
  error: 'Stopped by an error',
};

export const difficultyLabels: Record<PracticeDifficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

export const competencyLabels: Record<Competency, string> = {
  communication: 'Communication',
  problem_solving: 'Problem solving',
  ownership: 'Ownership',
  teamwork: 'Teamwork',
  leadership: 'Leadership',
  adaptability: 'Adaptability',
  conflict_resolution: 'Conflict resolution',
  customer_focus: 'Customer focus',
  technical_depth: 'Technical depth',
  system_design: 'System design',
  time_management: 'Time management',
  learning: 'Learning',
  integrity: 'Integrity',
  attention_to_detail: 'Attention to detail',
  motivation: 'Motivation',
};

/** 1–5 ratings, coloured from red to teal. */
export const ratingColors = ['red', 'orange', 'yellow', 'green', 'teal'] as const;

export function ratingColor(rating: number): string {
  return ratingColors[Math.min(Math.max(Math.round(rating), 1), 5) - 1] ?? 'gray';
}

export function toOptions<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

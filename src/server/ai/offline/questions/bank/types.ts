import type { Competency, QuestionStage, QuestionType, Seniority } from '#shared/ai/questions.ts';

export type ProfessionId =
  | 'software'
  | 'data'
  | 'nursing'
  | 'sales'
  | 'teaching'
  | 'finance'
  | 'marketing'
  | 'customer_support'
  | 'project_management'
  | 'design'
  | 'human_resources'
  | 'operations'
  | 'general';

/** One bank entry. `{role}` and `{skill}` are filled in when a question is drawn. */
export type BankTemplate = {
  key: string;
  text: string;
  competency: Competency;
  type: QuestionType;
  stage: QuestionStage;
  /** Seniorities the wording suits; absent means all. */
  levels?: readonly Seniority[];
  /** Professions the question belongs to; absent means any. */
  professions?: readonly ProfessionId[];
  shows: readonly string[];
};

export const earlyCareer: readonly Seniority[] = ['intern', 'junior'];
export const experienced: readonly Seniority[] = ['mid', 'senior', 'lead', 'principal', 'manager', 'director', 'executive'];
export const seniorOnly: readonly Seniority[] = ['senior', 'lead', 'principal', 'manager', 'director', 'executive'];

type Options = Partial<Pick<BankTemplate, 'levels' | 'professions' | 'stage'>>;

/** Compact constructors keep the bank files readable as lists of questions. */
export function behavioural(key: string, competency: Competency, text: string, shows: readonly string[], options: Options = {}): BankTemplate {
  return { key, text, competency, type: 'behavioural', stage: options.stage ?? 'behavioural', shows, ...options };
}

export function situational(key: string, competency: Competency, text: string, shows: readonly string[], options: Options = {}): BankTemplate {
  return { key, text, competency, type: 'situational', stage: options.stage ?? 'behavioural', shows, ...options };
}

export function technical(key: string, competency: Competency, text: string, shows: readonly string[], options: Options = {}): BankTemplate {
  return { key, text, competency, type: 'technical', stage: options.stage ?? 'technical', shows, ...options };
}

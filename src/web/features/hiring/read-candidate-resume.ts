import type { z } from 'zod';
import {
  resumeBasicsSchema,
  resumeCertificateSchema,
  resumeEducationSchema,
  resumeLanguageSchema,
  resumeWorkSchema,
  type ResumeBasics,
  type ResumeCertificate,
  type ResumeEducation,
  type ResumeLanguage,
  type ResumeWork,
} from '#shared/ai/resume.ts';
import type { CandidateProfile } from '#shared/contracts/hiring.ts';

export type CandidateResume = {
  basics: ResumeBasics;
  work: ResumeWork[];
  education: ResumeEducation[];
  certificates: ResumeCertificate[];
  languages: ResumeLanguage[];
};

function each<T>(schema: z.ZodType<T>, value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The parts of a candidate's parsed CV the pages show (the API sends them loosely typed); misfits are left out. */
export function readCandidateResume(candidate: Pick<CandidateProfile, 'profile' | 'experience' | 'education'>): CandidateResume {
  const basics = resumeBasicsSchema.safeParse(candidate.profile.basics);
  return {
    basics: basics.success ? basics.data : {},
    work: each(resumeWorkSchema, candidate.experience),
    education: each(resumeEducationSchema, candidate.education),
    certificates: each(resumeCertificateSchema, candidate.profile.certificates),
    languages: each(resumeLanguageSchema, candidate.profile.languages),
  };
}

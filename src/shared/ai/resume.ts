import { z } from 'zod';

/** ISO partial dates as JSON Resume uses them: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export const isoPartialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const resumeLocationSchema = z.object({
  address: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  countryCode: z.string().optional(),
  postalCode: z.string().optional(),
});

export const resumeProfileSchema = z.object({
  network: z.string().optional(),
  username: z.string().optional(),
  url: z.string().optional(),
});

export const resumeBasicsSchema = z.object({
  name: z.string().optional(),
  label: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  url: z.string().optional(),
  summary: z.string().optional(),
  location: resumeLocationSchema.optional(),
  profiles: z.array(resumeProfileSchema).optional(),
});

export const resumeWorkSchema = z.object({
  name: z.string().optional(),
  position: z.string().optional(),
  location: z.string().optional(),
  startDate: isoPartialDateSchema.optional(),
  /** Absent means the job is current. */
  endDate: isoPartialDateSchema.optional(),
  summary: z.string().optional(),
  highlights: z.array(z.string()).optional(),
});

export const resumeEducationSchema = z.object({
  institution: z.string().optional(),
  area: z.string().optional(),
  studyType: z.string().optional(),
  startDate: isoPartialDateSchema.optional(),
  endDate: isoPartialDateSchema.optional(),
  score: z.string().optional(),
});

export const resumeSkillSchema = z.object({
  name: z.string(),
  level: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});

export const resumeCertificateSchema = z.object({
  name: z.string(),
  issuer: z.string().optional(),
  date: isoPartialDateSchema.optional(),
});

export const resumeLanguageSchema = z.object({
  language: z.string(),
  fluency: z.string().optional(),
});

export const resumeProjectSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  highlights: z.array(z.string()).optional(),
  url: z.string().optional(),
});

/** A JSON Resume document (jsonresume.org schema, the parts Parley reads and writes). Unknown keys pass through. */
export const resumeSchema = z.looseObject({
  basics: resumeBasicsSchema.optional(),
  work: z.array(resumeWorkSchema).optional(),
  education: z.array(resumeEducationSchema).optional(),
  skills: z.array(resumeSkillSchema).optional(),
  certificates: z.array(resumeCertificateSchema).optional(),
  languages: z.array(resumeLanguageSchema).optional(),
  projects: z.array(resumeProjectSchema).optional(),
});

export const resumeEntityTypes = [
  'PERSON',
  'ORG',
  'SKILL',
  'DEGREE',
  'DATE',
  'LOCATION',
  'EMAIL',
  'PHONE',
  'URL',
  'TITLE',
  'CERTIFICATION',
  'LANGUAGE',
] as const;

export const resumeEntityTypeSchema = z.enum(resumeEntityTypes);

/** A span of the parsed text; start/end are JavaScript string indices into `text`, end exclusive. */
export const resumeEntitySchema = z.object({
  type: resumeEntityTypeSchema,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
});

export const parsedResumeSchema = z.object({
  text: z.string(),
  resume: resumeSchema,
  entities: z.array(resumeEntitySchema),
  warnings: z.array(z.string()),
});

export type ResumeLocation = z.infer<typeof resumeLocationSchema>;
export type ResumeProfile = z.infer<typeof resumeProfileSchema>;
export type ResumeBasics = z.infer<typeof resumeBasicsSchema>;
export type ResumeWork = z.infer<typeof resumeWorkSchema>;
export type ResumeEducation = z.infer<typeof resumeEducationSchema>;
export type ResumeSkill = z.infer<typeof resumeSkillSchema>;
export type ResumeCertificate = z.infer<typeof resumeCertificateSchema>;
export type ResumeLanguage = z.infer<typeof resumeLanguageSchema>;
export type ResumeProject = z.infer<typeof resumeProjectSchema>;
export type Resume = z.infer<typeof resumeSchema>;
export type ResumeEntityType = z.infer<typeof resumeEntityTypeSchema>;
export type ResumeEntity = z.infer<typeof resumeEntitySchema>;
export type ParsedResume = z.infer<typeof parsedResumeSchema>;

import { z } from 'zod';
import { experienceTypes, experienceVisibilities, skillLevels, skillProminences } from '#shared/vocabulary.ts';
import { idSchema, pageQuerySchema, pageSchema } from './common.ts';

/**
 * The career library's HTTP contract: employment, education, experiences, skills and the links between experiences
 * and skills. Everything here belongs to the signed-in user; another user's record is a 404.
 */

/** A calendar date as people write it on a CV: `2021`, `2021-03` or `2021-03-15`; stored as the first day it names. */
export const careerDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .transform((value) => (value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value));

/** Absent stays absent (a PATCH leaves it alone); empty or null clears it. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value === undefined ? undefined : value || null));
const requiredText = (what: string, max: number) => z.string({ error: `${what} is required` }).trim().min(1, `${what} must not be empty`).max(max);

export const librarySearchQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional().describe('Words to look for in titles and descriptions.'),
});
export type LibrarySearchQuery = z.infer<typeof librarySearchQuerySchema>;

export const reorderBodySchema = z.object({
  ids: z.array(z.uuid({ error: 'must be ids of your own entries' })).min(1, 'give the ids in their new order').max(500),
});
export type ReorderBody = z.infer<typeof reorderBodySchema>;

// Employment
export const employmentParamsSchema = z.object({ employmentId: idSchema('employment') });
export const employmentBodySchema = z.object({
  companyName: requiredText('companyName', 200),
  title: optionalText(200),
  location: optionalText(200),
  description: optionalText(10_000),
  dateStarted: careerDateSchema.nullish(),
  dateFinished: careerDateSchema.nullish(),
});
export type EmploymentBody = z.infer<typeof employmentBodySchema>;
export const updateEmploymentBodySchema = employmentBodySchema.partial();
export type UpdateEmploymentBody = z.infer<typeof updateEmploymentBodySchema>;
export const employmentSchema = z.object({
  id: z.string(),
  companyName: z.string(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  description: z.string().nullable(),
  dateStarted: z.string().nullable(),
  dateFinished: z.string().nullable(),
  position: z.number().int(),
});
export type Employment = z.infer<typeof employmentSchema>;
export const employmentPageSchema = pageSchema(employmentSchema);
export type EmploymentPage = z.infer<typeof employmentPageSchema>;

// Education
export const educationParamsSchema = z.object({ educationId: idSchema('education') });
export const educationBodySchema = z.object({
  institutionName: requiredText('institutionName', 200),
  degree: optionalText(200),
  major: optionalText(200),
  minor: optionalText(200),
  gpa: z.number().min(0, 'must be 0 or more').max(100, 'must be at most 100').nullish(),
  location: optionalText(200),
  dateStarted: careerDateSchema.nullish(),
  dateFinished: careerDateSchema.nullish(),
});
export type EducationBody = z.infer<typeof educationBodySchema>;
export const updateEducationBodySchema = educationBodySchema.partial();
export type UpdateEducationBody = z.infer<typeof updateEducationBodySchema>;
export const educationSchema = z.object({
  id: z.string(),
  institutionName: z.string(),
  degree: z.string().nullable(),
  major: z.string().nullable(),
  minor: z.string().nullable(),
  gpa: z.number().nullable(),
  location: z.string().nullable(),
  dateStarted: z.string().nullable(),
  dateFinished: z.string().nullable(),
  position: z.number().int(),
});
export type Education = z.infer<typeof educationSchema>;
export const educationPageSchema = pageSchema(educationSchema);
export type EducationPage = z.infer<typeof educationPageSchema>;

// Skill links
export const skillLinkFieldsSchema = z.object({
  proficiency: z.enum(skillLevels).nullish(),
  prominence: z.enum(skillProminences).nullish(),
  usageNotes: optionalText(2000),
});
export type SkillLinkFields = z.infer<typeof skillLinkFieldsSchema>;

/** A skill named on an experience: its name alone, or with how the experience shows it. */
export const experienceSkillInputSchema = z.union([
  requiredText('skill name', 100),
  skillLinkFieldsSchema.extend({ name: requiredText('skill name', 100) }),
]);
export type ExperienceSkillInput = z.infer<typeof experienceSkillInputSchema>;

export const experienceSkillSchema = z.object({
  skillId: z.string(),
  name: z.string(),
  proficiency: z.string().nullable(),
  prominence: z.string().nullable(),
  usageNotes: z.string().nullable(),
  method: z.string().nullable(),
});
export type ExperienceSkill = z.infer<typeof experienceSkillSchema>;

// Experiences
export const experienceParamsSchema = z.object({ experienceId: idSchema('experience') });
export const experienceBodySchema = z.object({
  title: requiredText('title', 300),
  description: optionalText(20_000),
  type: z.enum(experienceTypes).nullish(),
  dateStarted: careerDateSchema.nullish(),
  dateFinished: careerDateSchema.nullish(),
  tags: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
  visibility: z.enum(experienceVisibilities).optional(),
  employmentId: idSchema('employment').nullish(),
  educationId: idSchema('education').nullish(),
  conversationId: idSchema('conversation').nullish(),
  skills: z.array(experienceSkillInputSchema).max(50).optional().describe('Skills the experience shows, by name: found in your library or added to it.'),
});
export type ExperienceBody = z.infer<typeof experienceBodySchema>;
export const updateExperienceBodySchema = experienceBodySchema.omit({ conversationId: true }).partial();
export type UpdateExperienceBody = z.infer<typeof updateExperienceBodySchema>;
export const experienceSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  type: z.string().nullable(),
  dateStarted: z.string().nullable(),
  dateFinished: z.string().nullable(),
  tags: z.array(z.string()),
  visibility: z.enum(experienceVisibilities),
  employmentId: z.string().nullable(),
  educationId: z.string().nullable(),
  conversationId: z.string().nullable(),
  position: z.number().int(),
  skills: z.array(experienceSkillSchema),
});
export type Experience = z.infer<typeof experienceSchema>;
export const experiencePageSchema = pageSchema(experienceSchema);
export type ExperiencePage = z.infer<typeof experiencePageSchema>;
export const createdSchema = z.object({ id: z.string() });

// Skills
export const skillParamsSchema = z.object({ skillId: idSchema('skill') });
export const skillLinkParamsSchema = experienceParamsSchema.extend({ skillId: idSchema('skill') });
export const skillBodySchema = z.object({
  name: requiredText('name', 100),
  category: optionalText(100),
  level: z.enum(skillLevels).nullish(),
  type: optionalText(60),
  description: optionalText(2000),
  years: z.number().int().min(0).max(70).nullish().describe('Typed years of use; when absent they are computed from the experiences that show the skill.'),
});
export type SkillBody = z.infer<typeof skillBodySchema>;
export const updateSkillBodySchema = skillBodySchema.partial();
export type UpdateSkillBody = z.infer<typeof updateSkillBodySchema>;
export const skillSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  level: z.string().nullable(),
  type: z.string().nullable(),
  description: z.string().nullable(),
  /** Typed years, else computed from the dates of the experiences that show the skill (overlaps counted once). */
  years: z.number().nullable(),
  yearsComputed: z.boolean(),
  experienceCount: z.number().int(),
  position: z.number().int(),
});
export type Skill = z.infer<typeof skillSchema>;
export const skillPageSchema = pageSchema(skillSchema);
export type SkillPage = z.infer<typeof skillPageSchema>;
export const skillDetailSchema = skillSchema.extend({
  experiences: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      dateStarted: z.string().nullable(),
      dateFinished: z.string().nullable(),
      proficiency: z.string().nullable(),
      prominence: z.string().nullable(),
      usageNotes: z.string().nullable(),
    }),
  ),
});
export type SkillDetail = z.infer<typeof skillDetailSchema>;

// Filling the library: from the current CV or a JSON Resume, reviewed entry by entry before anything is saved.
export const importEmploymentSchema = employmentBodySchema.extend({ key: z.string().max(40) });
export const importEducationSchema = educationBodySchema.extend({ key: z.string().max(40) });
export const importExperienceSchema = experienceBodySchema.omit({ employmentId: true, educationId: true, conversationId: true }).extend({
  key: z.string().max(40),
  /** The key of an employment in the same import that this experience belongs to. */
  employmentKey: z.string().max(40).nullish(),
});
export const importSkillSchema = skillBodySchema.extend({ key: z.string().max(40) });
export const libraryImportSchema = z.object({
  employments: z.array(importEmploymentSchema).max(200),
  educations: z.array(importEducationSchema).max(100),
  experiences: z.array(importExperienceSchema).max(1000),
  skills: z.array(importSkillSchema).max(500),
});
export type LibraryImport = z.infer<typeof libraryImportSchema>;
/**
 * What a CV or a JSON Resume would add, for the user to review; `warnings` name what could not be read, by field path.
 * A response, so plain shapes without the request schemas' transforms (the serializer cannot run those backwards).
 */
const nullableText = z.string().nullable();
export const libraryProposalSchema = z.object({
  source: z.enum(['cv', 'json-resume']),
  warnings: z.array(z.string()),
  employments: z.array(
    z.object({ key: z.string(), companyName: z.string(), title: nullableText, location: nullableText, description: nullableText, dateStarted: nullableText, dateFinished: nullableText }),
  ),
  educations: z.array(
    z.object({
      key: z.string(),
      institutionName: z.string(),
      degree: nullableText,
      major: nullableText,
      minor: nullableText,
      gpa: z.number().nullable(),
      location: nullableText,
      dateStarted: nullableText,
      dateFinished: nullableText,
    }),
  ),
  experiences: z.array(
    z.object({
      key: z.string(),
      employmentKey: nullableText.optional(),
      title: z.string(),
      description: nullableText,
      type: z.enum(experienceTypes).nullable(),
      dateStarted: nullableText,
      dateFinished: nullableText,
      skills: z.array(z.string()),
    }),
  ),
  skills: z.array(z.object({ key: z.string(), name: z.string(), level: z.enum(skillLevels).nullable(), category: nullableText })),
});
export type LibraryProposal = z.infer<typeof libraryProposalSchema>;
export const importResultSchema = z.object({ employments: z.number().int(), educations: z.number().int(), experiences: z.number().int(), skills: z.number().int() });
export type ImportResult = z.infer<typeof importResultSchema>;
export const jsonResumeImportBodySchema = z.object({ document: z.record(z.string(), z.unknown(), { error: 'document must be a JSON Resume object' }) });

/** Parley's own export: everything in the library, with the experience ↔ skill links JSON Resume cannot carry. */
export const libraryExportSchema = z.object({
  format: z.literal('parley-career-library'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  employments: z.array(employmentSchema),
  educations: z.array(educationSchema),
  experiences: z.array(experienceSchema),
  skills: z.array(skillSchema),
});
export type LibraryExport = z.infer<typeof libraryExportSchema>;

import { z } from 'zod';
import { skillKindSchema } from './skills.ts';

export const seniorities = ['intern', 'junior', 'mid', 'senior', 'lead', 'principal', 'manager', 'director'] as const;
export const senioritySchema = z.enum(seniorities);

/** remote: anywhere; hybrid: some days on site; onsite: at the workplace. */
export const workModeSchema = z.enum(['remote', 'hybrid', 'onsite']);

/** A skill the job asks for, with where the text first names it (offsets into the job text, end exclusive). */
export const jobSkillSchema = z.object({
  name: z.string(),
  kind: skillKindSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /**
   * Other skills named as alternatives in the same phrase, any one of which meets this requirement: "QuickBooks or
   * NetSuite" (QuickBooks, alternatives NetSuite), "an ERP such as NetSuite, Sage Intacct or SAP" (ERP, alternatives
   * NetSuite, Sage, SAP). The group is one requirement: its other members are not listed again.
   */
  alternatives: z.array(z.string()).optional(),
});

/** What parseJob reads from a job description. Absent fields mean the text does not say. */
export const parsedJobSchema = z.object({
  title: z.string().optional(),
  seniority: senioritySchema.optional(),
  /** Least years of experience asked for ("3+ years", "at least five years"). */
  minYears: z.number().nonnegative().optional(),
  mustHave: z.array(jobSkillSchema),
  niceToHave: z.array(jobSkillSchema),
  responsibilities: z.array(z.string()),
  /** The degree asked for, as written ("Bachelor's degree in Accounting or Finance"): a requirement of its own, not skills. */
  degree: z.string().optional(),
  location: z.string().optional(),
  workMode: workModeSchema.optional(),
});

export const parseJobInputSchema = z.object({ text: z.string().min(1) });

export type Seniority = z.infer<typeof senioritySchema>;
export type WorkMode = z.infer<typeof workModeSchema>;
export type JobSkill = z.infer<typeof jobSkillSchema>;
export type ParsedJob = z.infer<typeof parsedJobSchema>;

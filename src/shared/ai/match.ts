import { z } from 'zod';
import { parsedJobSchema } from './job.ts';
import { parsedResumeSchema } from './resume.ts';

/**
 * Recommendation thresholds on the 0–100 score:
 * Strong Hire ≥ 80, Hire ≥ 65, Maybe ≥ 45, Pass below 45.
 */
export const recommendationThresholds = { strongHire: 80, hire: 65, maybe: 45 } as const;

export const recommendationSchema = z.enum(['Strong Hire', 'Hire', 'Maybe', 'Pass']);

export const matchComponentNames = ['mustHave', 'niceToHave', 'experience', 'education', 'recency', 'titleFit', 'occupationFit', 'textSimilarity'] as const;
export const matchComponentNameSchema = z.enum(matchComponentNames);

/**
 * One part of the score. value is 0–1; weight is its share of the total (weights of the components that apply sum
 * to 1; a component the job gives nothing to judge by has weight 0). Nice-to-have is a bonus on top: its weight is the
 * most it adds (0.1 = up to 10 points, the score capped at 100), so lacking every nice-to-have never lowers a score.
 */
export const matchComponentSchema = z.object({
  name: matchComponentNameSchema,
  value: z.number().min(0).max(1),
  weight: z.number().min(0).max(1),
  detail: z.string(),
});

/** Where the resume shows a skill: 1-based line number, that line's text, and the skill's offsets in the resume text. */
export const matchEvidenceSchema = z.object({
  skill: z.string(),
  line: z.number().int().positive(),
  lineText: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /**
   * Set when the resume does not name `skill` but a related skill that raises the score (a CPA for GAAP): `text` is that
   * related skill's mention, never evidence of `skill` itself.
   */
  via: z.string().optional(),
});

export const matchResultSchema = z.object({
  score: z.number().int().min(0).max(100),
  recommendation: recommendationSchema,
  components: z.array(matchComponentSchema),
  /** Job skills the resume names (canonical names, or one of their alternatives), must-haves first; related ones are in `evidence` with `via`. */
  matched: z.array(z.string()),
  /** Must-have skills the resume does not show. */
  missing: z.array(z.string()),
  /** Nice-to-have skills the resume does not show. */
  missingNiceToHave: z.array(z.string()),
  /** Resume skills the job does not ask for. */
  additional: z.array(z.string()),
  reasoning: z.array(z.string()),
  evidence: z.array(matchEvidenceSchema),
  /** True when names, contact details, places, links, age and gender markers were masked in everything above. */
  blind: z.boolean(),
});

export const matchOptionsSchema = z.object({
  blind: z.boolean().optional(),
  /** The date recency and "present" are measured from; defaults to today. */
  now: z.coerce.date().optional(),
});

export const matchResumeInputSchema = z.object({
  resume: parsedResumeSchema,
  job: parsedJobSchema.extend({ text: z.string().optional() }),
  options: matchOptionsSchema.optional(),
});

/** The recommendation for a score, by the thresholds above. */
export function recommendFromScore(score: number): Recommendation {
  if (score >= recommendationThresholds.strongHire) return 'Strong Hire';
  if (score >= recommendationThresholds.hire) return 'Hire';
  if (score >= recommendationThresholds.maybe) return 'Maybe';
  return 'Pass';
}

export type Recommendation = z.infer<typeof recommendationSchema>;
export type MatchComponentName = z.infer<typeof matchComponentNameSchema>;
export type MatchComponent = z.infer<typeof matchComponentSchema>;
export type MatchEvidence = z.infer<typeof matchEvidenceSchema>;
export type MatchResult = z.infer<typeof matchResultSchema>;
export type MatchOptions = z.infer<typeof matchOptionsSchema>;
export type MatchResumeInput = z.infer<typeof matchResumeInputSchema>;

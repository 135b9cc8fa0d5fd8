import { z } from 'zod';

/** `skill`: abilities and soft skills (leadership, patient care). `knowledge`: tools, technologies, languages, domains. */
export const skillKindSchema = z.enum(['skill', 'knowledge']);

/**
 * Where the canonical name came from: `onet` (O*NET technology list), `esco` (ESCO skill labels),
 * `alias` (the project's alias table matched a short or variant form), `curated` (the project's own list of
 * soft skills and domains), `llm` (named by a language model, offsets checked against the text), `phrase` (a duty or
 * piece of knowledge read from a requirement's grammar, "prepare monthly financial statements"; only when asked for
 * with `phrases`, decision 050).
 */
export const skillSourceSchema = z.enum(['onet', 'esco', 'alias', 'curated', 'llm', 'phrase']);

/** One skill found in a text. start/end are JavaScript string indices into that text, end exclusive. */
export const skillMentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The text exactly as written, `text.slice(start, end)`. */
  text: z.string(),
  /** Canonical name, the same for every spelling (JS, javascript, ECMAScript → JavaScript). */
  name: z.string(),
  kind: skillKindSchema,
  source: skillSourceSchema,
  /** 1 for unambiguous names; lower when the name needed context (Go, R, C, Excel, Spring). */
  confidence: z.number().min(0).max(1),
});

export const extractSkillsInputSchema = z.object({
  text: z.string(),
  /**
   * Also return skill phrases (`source: 'phrase'`): the span reading of a posting, where duties and knowledge are
   * marked as written. Off for skill lists (a profile's skills): phrases are not canonical names.
   */
  phrases: z.boolean().optional(),
});
export const extractSkillsOutputSchema = z.object({ skills: z.array(skillMentionSchema) });

export type SkillKind = z.infer<typeof skillKindSchema>;
export type SkillSource = z.infer<typeof skillSourceSchema>;
export type SkillMention = z.infer<typeof skillMentionSchema>;

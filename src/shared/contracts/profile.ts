import { z } from 'zod';
import { idSchema, pageQuerySchema, pageSchema } from '#shared/contracts/common.ts';

/**
 * HTTP contracts of the job seeker's profile and CV versions (all under the session guard, scoped to the caller;
 * another user's CV is 404):
 * - GET    /api/profile                   → Profile (empty lists and onboardedAt null before onboarding)
 * - PUT    /api/profile                   saveProfileBody → Profile (confirms it: sets onboardedAt the first time)
 * - POST   /api/profile/cvs               multipart, one `file` field (PDF, DOCX or TXT, UPLOAD_MAX_FILE_BYTES)
 *                                          → 201 CvUpload (the new current version + a profile suggested from it);
 *                                          200 when the same file is already a version (it becomes current again)
 * - GET    /api/profile/cvs               ?limit=&offset= → CvVersionPage {items, total, limit, offset} (newest first)
 * - GET    /api/profile/cvs/:cvId/file    → the original file (attachment)
 * - POST   /api/profile/cvs/:cvId/current → CvVersion (that version becomes the current CV)
 * - DELETE /api/profile/cvs/:cvId         → 204 (the newest remaining version becomes current)
 */

export const profileLimits = { nameChars: 200, maxYears: 60, listItems: 100, itemChars: 100 } as const;

const listItem = z.string().trim().min(1, 'must not be empty').max(profileLimits.itemChars, `must be at most ${profileLimits.itemChars} characters`);
const list = z.array(listItem).max(profileLimits.listItems, `must have at most ${profileLimits.listItems} items`);
const years = z
  .number()
  .int('must be a whole number of years')
  .min(0, 'must be between 0 and 60')
  .max(profileLimits.maxYears, `must be between 0 and ${profileLimits.maxYears}`);

/** The caller's current CV as the profile shows it. */
export const currentCvSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  uploadedAt: z.iso.datetime(),
  sizeBytes: z.number().int(),
});

export const profileSchema = z.object({
  fullName: z.string().nullable(),
  yearsOfExperience: z.number().int().nullable(),
  targetRoles: z.array(z.string()),
  keySkills: z.array(z.string()),
  industries: z.array(z.string()),
  /** When the user first confirmed their profile; null until then (the web app then offers onboarding). */
  onboardedAt: z.iso.datetime().nullable(),
  currentCv: currentCvSchema.nullable(),
});

export const saveProfileBodySchema = z
  .object({
    fullName: z.string().trim().min(1, 'must not be empty').max(profileLimits.nameChars, `must be at most ${profileLimits.nameChars} characters`),
    yearsOfExperience: years.nullable(),
    targetRoles: list,
    keySkills: list,
    industries: list,
  })
  .strict();

/** A profile prefilled from a CV, for the user to confirm or edit (the same fields PUT /api/profile takes). */
export const suggestedProfileSchema = z.object({
  fullName: z.string().nullable(),
  yearsOfExperience: z.number().int().nullable(),
  targetRoles: z.array(z.string()),
  keySkills: z.array(z.string()),
  industries: z.array(z.string()),
});

export const cvVersionSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.iso.datetime(),
  isCurrent: z.boolean(),
});

export const cvVersionPageSchema = pageSchema(cvVersionSchema);
export const listCvsQuerySchema = pageQuerySchema;

export const cvUploadSchema = cvVersionSchema.extend({ suggestedProfile: suggestedProfileSchema });

export const cvParamsSchema = z.object({ cvId: idSchema('CV') });

export type Profile = z.infer<typeof profileSchema>;
export type SaveProfileBody = z.infer<typeof saveProfileBodySchema>;
export type SuggestedProfile = z.infer<typeof suggestedProfileSchema>;
export type CvVersion = z.infer<typeof cvVersionSchema>;
export type CvVersionPage = z.infer<typeof cvVersionPageSchema>;
export type CvUpload = z.infer<typeof cvUploadSchema>;

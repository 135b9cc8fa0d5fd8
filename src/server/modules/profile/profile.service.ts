import type { Caller } from '#server/platform/access/index.ts';
import type { Profile, SaveProfileBody } from '#shared/contracts/profile.ts';
import type { ProfileDeps } from './profile-deps.ts';
import { findCurrentCv, findProfile, saveProfile as saveProfileRow } from './profile.repo.ts';

/** The caller's profile; before onboarding it is empty (no row is created by reading). */
export async function getProfile(deps: ProfileDeps, caller: Caller): Promise<Profile> {
  const [row, cv] = await Promise.all([findProfile(deps.db, caller.userId), findCurrentCv(deps.db, caller.userId)]);
  return {
    fullName: row?.fullName ?? null,
    yearsOfExperience: row?.yearsOfExperience ?? null,
    targetRoles: row?.targetRoles ?? [],
    keySkills: row?.keySkills ?? [],
    industries: row?.industries ?? [],
    onboardedAt: row?.onboardedAt?.toISOString() ?? null,
    currentCv: cv ? { id: cv.id, fileName: cv.fileName, uploadedAt: cv.uploadedAt.toISOString(), sizeBytes: cv.sizeBytes ?? 0 } : null,
  };
}

/** Saves what the user confirmed; lists keep their order and lose repeats that differ only in case. */
export async function saveProfile(deps: ProfileDeps, caller: Caller, body: SaveProfileBody): Promise<Profile> {
  await saveProfileRow(deps.db, caller.userId, {
    fullName: body.fullName,
    yearsOfExperience: body.yearsOfExperience,
    targetRoles: distinct(body.targetRoles),
    keySkills: distinct(body.keySkills),
    industries: distinct(body.industries),
  });
  return getProfile(deps, caller);
}

function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

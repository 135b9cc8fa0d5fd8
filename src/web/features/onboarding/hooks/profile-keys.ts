import type { PageNumber } from '#shared/contracts/common.ts';

/** Every query of the job seeker's profile lives under ['profile', ...]: invalidating the profile reads its CVs again too. */
export const profileKeys = {
  profile: ['profile'] as const,
  allCvVersions: ['profile', 'cvs'] as const,
  cvVersions: (page: PageNumber) => ['profile', 'cvs', page] as const,
};

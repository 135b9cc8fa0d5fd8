import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SaveProfileBody } from '#shared/contracts/profile.ts';
import { api } from '#web/app/api-client.ts';
import { getProfile, saveProfile } from '#web/features/onboarding/api/profile-api.ts';
import { profileKeys } from './profile-keys.ts';

/**
 * The signed-in user's job seeker profile. `isOnboarded` is false until they confirmed it once, so other pages (practice)
 * can send them to /onboarding first; it is undefined while loading.
 */
export function useProfile() {
  const query = useQuery({ queryKey: profileKeys.profile, queryFn: ({ signal }) => getProfile(api, signal), staleTime: 30_000 });
  return { ...query, profile: query.data, isOnboarded: query.data ? query.data.onboardedAt !== null : undefined };
}

/** Saves (and confirms) the profile; the saved profile replaces the cached one. */
export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveProfileBody) => saveProfile(api, body),
    onSuccess: (profile) => queryClient.setQueryData(profileKeys.profile, profile),
  });
}

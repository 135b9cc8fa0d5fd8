import { useQuery } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { getProfile } from '../api/profile-api.ts';

export const profileKey = ['profile'] as const;

/**
 * The signed-in user's job seeker profile. `isOnboarded` is false until they confirmed it once, so other pages (practice)
 * can send them to /onboarding first; it is undefined while loading.
 */
export function useProfile() {
  const query = useQuery({ queryKey: profileKey, queryFn: ({ signal }) => getProfile(api, signal), staleTime: 30_000 });
  return { ...query, profile: query.data, isOnboarded: query.data ? query.data.onboardedAt !== null : undefined };
}

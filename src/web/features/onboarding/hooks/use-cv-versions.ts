import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageNumber } from '#shared/contracts/common.ts';
import { api } from '#web/app/api-client.ts';
import { deleteCv, findCvVersions, makeCvCurrent, uploadCv } from '#web/features/onboarding/api/profile-api.ts';
import { profileKeys } from './profile-keys.ts';

/** One page of the user's CV versions, newest first. */
export function useCvVersions(page: PageNumber) {
  return useQuery({ queryKey: profileKeys.cvVersions(page), queryFn: () => findCvVersions(api, page), placeholderData: keepPreviousData });
}

/** Upload, make current and delete all change which CV is current, so the profile and the list are read again. */
function useCvMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.profile }) });
}

export const useUploadCv = () => useCvMutation((file: File) => uploadCv(api, file));
export const useMakeCvCurrent = () => useCvMutation((cvId: string) => makeCvCurrent(api, cvId));
export const useDeleteCv = () => useCvMutation((cvId: string) => deleteCv(api, cvId));

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { deleteCv, findCvVersions, makeCvCurrent, uploadCv } from '../api/profile-api.ts';
import { profileKey } from './use-profile.ts';

export const cvVersionsKey = ['profile', 'cvs'] as const;

export function useCvVersions() {
  return useQuery({ queryKey: cvVersionsKey, queryFn: () => findCvVersions(api) });
}

/** Upload, make current and delete all change which CV is current, so the profile and the list are read again. */
function useCvMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKey }) });
}

export const useUploadCv = () => useCvMutation((file: File) => uploadCv(api, file));
export const useMakeCvCurrent = () => useCvMutation((cvId: string) => makeCvCurrent(api, cvId));
export const useDeleteCv = () => useCvMutation((cvId: string) => deleteCv(api, cvId));

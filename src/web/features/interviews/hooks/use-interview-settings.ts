import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InterviewSettingsBody } from '#shared/contracts/interview-settings.ts';
import { api } from '#web/app/api-client.ts';
import { changeInterviewSettings, findInterviewSettings } from '#web/features/interviews/api/interviews-api.ts';

const key = (workspaceId: string) => ['interviews', 'settings', workspaceId] as const;

export function useInterviewSettings(workspaceId: string) {
  return useQuery({ queryKey: key(workspaceId), queryFn: () => findInterviewSettings(api, workspaceId) });
}

export function useChangeInterviewSettings(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InterviewSettingsBody) => changeInterviewSettings(api, workspaceId, body),
    onSuccess: (settings) => queryClient.setQueryData(key(workspaceId), settings),
  });
}

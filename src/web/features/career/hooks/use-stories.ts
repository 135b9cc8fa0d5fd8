import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExperienceBody, LibraryImport } from '#shared/contracts/career.ts';
import type { Conversation } from '#shared/contracts/career-stories.ts';
import { api } from '#web/app/api-client.ts';
import * as stories from '#web/features/career/api/stories-api.ts';
import { careerKeys } from './career-keys.ts';

export function useConversations(page: number) {
  return useQuery({ queryKey: careerKeys.conversationPage(page), queryFn: () => stories.findConversations(api, { page, pageSize: 20 }), placeholderData: keepPreviousData });
}

export function useConversation(id: string) {
  return useQuery({ queryKey: careerKeys.conversation(id), queryFn: () => stories.getConversation(api, id) });
}

export function useStartConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (topic: string) => stories.startConversation(api, topic),
    onSuccess: (conversation) => {
      queryClient.setQueryData(careerKeys.conversation(conversation.id), conversation);
      return queryClient.invalidateQueries({ queryKey: careerKeys.conversations });
    },
  });
}

/** Sends a message; the assistant's words go to `onDelta` while they stream, and the saved conversation replaces the cached one. */
export function useSendMessage(id: string, onDelta: (text: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: string) => stories.streamMessage(api, id, content, onDelta),
    onSuccess: (conversation: Conversation) => {
      queryClient.setQueryData(careerKeys.conversation(id), conversation);
      return queryClient.invalidateQueries({ queryKey: careerKeys.conversations });
    },
  });
}

export function useSaveStory(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<ExperienceBody, 'conversationId'>) => stories.saveStory(api, id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: careerKeys.all }),
  });
}

/** The current CV's proposal is read only when the review opens (`enabled`). */
export function useCvProposal(enabled: boolean) {
  return useQuery({ queryKey: careerKeys.importProposal, queryFn: () => stories.proposeFromCv(api), enabled, retry: false });
}

export function useJsonResumeProposal() {
  return useMutation({ mutationFn: (document: Record<string, unknown>) => stories.proposeFromJsonResume(api, document) });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: LibraryImport) => stories.commitImport(api, body), onSuccess: () => queryClient.invalidateQueries({ queryKey: careerKeys.all }) });
}

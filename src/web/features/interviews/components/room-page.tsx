import { Loader, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { ApiError } from '#web/app/api-client.ts';
import { useLobby } from '#web/features/interviews/hooks/use-room.ts';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { QueryError } from '#web/ui/query-error.tsx';
import { RoomCandidateView } from './room-candidate-view.tsx';
import { RoomHostView } from './room-host-view.tsx';

/**
 * The live interview room at /room/:interviewId, where a role link's redirect lands (the token already swapped for a
 * cookie). The lobby says which side the visitor is on: the candidate sees only the notice and the call; the host side
 * (host link, or a signed-in panelist, owner or recruiter) sees the job, the CV, the briefing and the notes.
 */
export function RoomPage() {
  const { interviewId = '' } = useParams();
  const lobby = useLobby(interviewId);
  useDocumentTitle(lobby.data?.title ?? 'Interview room');
  const unauthenticated = lobby.error instanceof ApiError && lobby.error.status === 401;
  return (
    <Stack gap="lg">
      {unauthenticated ? (
        <QueryError error={new Error('Open the room with the personal link from your invitation, or sign in if you are on the panel.')} onRetry={() => lobby.refetch()} what="the interview room" />
      ) : (
        <QueryError error={lobby.error} onRetry={() => lobby.refetch()} what="the interview room" />
      )}
      {lobby.isPending ? <Loader size="sm" aria-label="Loading the room" /> : null}
      {lobby.data?.role === 'candidate' ? <RoomCandidateView lobby={lobby.data} /> : null}
      {lobby.data?.role === 'host' ? <RoomHostView interviewId={interviewId} /> : null}
    </Stack>
  );
}

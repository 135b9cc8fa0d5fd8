import { Alert, Anchor, Button, Card, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { Link, Navigate, useParams } from 'react-router';
import type { PracticeSessionState } from '#shared/contracts/practice.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useEndInterview, useSkipStage, useSubmitAnswer } from '#web/features/practice/hooks/use-interview-moves.ts';
import { usePracticeSession } from '#web/features/practice/hooks/use-practice-sessions.ts';
import { practicePaths } from '#web/features/practice/practice-paths.ts';
import { AnswerBox } from './answer-box.tsx';
import { Conversation } from './conversation.tsx';
import { CurrentQuestionCard } from './current-question-card.tsx';
import { EndInterviewButton } from './end-interview-button.tsx';
import { InterviewerVoiceToggle } from './interviewer-voice-toggle.tsx';
import { RoomHeader } from './room-header.tsx';
import { StageStepper } from './stage-stepper.tsx';

/** The interview room. Everything shown comes from the session's state, so a reload resumes where the candidate was. */
export function InterviewRoomPage() {
  const { sessionId = '' } = useParams();
  const session = usePracticeSession(sessionId);
  useDocumentTitle(session.data?.name ?? 'Practice interview');

  if (session.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading the interview" />
      </Center>
    );
  }
  if (!session.data) return <QueryError error={session.error} onRetry={() => session.refetch()} what="the interview" />;
  if (session.data.status === 'completed') return <Navigate to={practicePaths.report(sessionId)} replace />;
  return <InterviewRoom session={session.data} />;
}

function InterviewRoom({ session }: { session: PracticeSessionState }) {
  const answer = useSubmitAnswer(session.id);
  const skip = useSkipStage(session.id);
  const end = useEndInterview(session.id);
  const question = session.currentQuestion;
  const voice = session.mode === 'voice';
  const busy = answer.isPending || skip.isPending || end.isPending;
  const lastInterviewerTurn = session.turns.findLast((turn) => turn.role === 'interviewer');

  return (
    <Stack gap="lg" maw={960}>
      <RoomHeader session={session}>
        {voice ? <InterviewerVoiceToggle text={question ? lastInterviewerTurn?.text : undefined} /> : null}
        {session.status === 'in_progress' ? <EndInterviewButton answeredCount={session.answeredCount} ending={end.isPending} onEnd={() => end.mutate()} /> : null}
      </RoomHeader>
      <StageStepper session={session} />
      <Card withBorder radius="lg" padding="lg">
        <Conversation turns={session.turns} pendingAnswer={answer.isPending ? answer.variables.text : undefined} streamingReply={answer.streamingReply} />
      </Card>
      {session.status === 'aborted' ? (
        <Alert color="gray" variant="light" title="This interview has ended">
          <Text size="sm">
            It ended before any answer, so there is no feedback report.{' '}
            <Anchor component={Link} to={practicePaths.newSession}>
              Start a new practice interview
            </Anchor>
            .
          </Text>
        </Alert>
      ) : null}
      {question && session.status === 'in_progress' ? (
        <Card withBorder radius="lg" padding="lg" data-testid="answer-card">
          <Stack gap="md">
            <CurrentQuestionCard question={question} questionCount={session.questionCount} />
            <AnswerBox
              key={question.id}
              sessionId={session.id}
              question={question}
              voice={voice}
              submitting={answer.isPending}
              error={answer.error}
              onSubmit={(body) => answer.mutate(body)}
            />
            <FormError error={skip.error ?? end.error} />
            <Group justify="flex-start" data-print="hide">
              <Button variant="subtle" color="gray" onClick={() => skip.mutate()} loading={skip.isPending} disabled={busy}>
                Skip this stage
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}

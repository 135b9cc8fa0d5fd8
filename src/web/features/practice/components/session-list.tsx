import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PracticeSessionSummary } from '#shared/contracts/practice.ts';
import { formatDateTime } from '#web/ui/format-time.ts';
import { interviewTypeLabels, ratingColor, statusColors, statusLabels } from '#web/features/practice/practice-labels.ts';
import { practicePaths } from '#web/features/practice/practice-paths.ts';

/** A finished interview opens on its report; one still running opens in the interview room. */
function sessionLink(session: PracticeSessionSummary): string {
  return session.status === 'completed' ? practicePaths.report(session.id) : practicePaths.room(session.id);
}

export function SessionList({ sessions, filtered }: { sessions: readonly PracticeSessionSummary[]; filtered: boolean }) {
  if (sessions.length === 0) {
    return (
      <Text c="dimmed" size="sm" p="lg" ta="center">
        {filtered ? 'No practice interview matches these filters.' : 'No practice interviews yet. Start one: it takes a few minutes.'}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover data-testid="practice-sessions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Interview</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Answered</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th>Started</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id} data-testid="practice-session-row">
              <Table.Td maw={320}>
                <Stack gap={2}>
                  <Anchor component={Link} to={sessionLink(session)} fw={600}>
                    {session.name}
                  </Anchor>
                  {session.targetRole ? (
                    <Text size="xs" c="dimmed">
                      {session.targetRole} · {session.mode === 'voice' ? 'Voice' : 'Text'}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>{session.interviewType ? interviewTypeLabels[session.interviewType] : '—'}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColors[session.status]}>
                  {session.feedbackStatus === 'pending' ? 'Preparing feedback' : statusLabels[session.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                {session.answeredCount} / {session.questionCount}
              </Table.Td>
              <Table.Td>
                {session.score === null || session.rating === null ? (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                ) : (
                  <Badge variant="filled" color={ratingColor(session.rating)}>
                    {session.score} / 100
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDateTime(session.createdAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

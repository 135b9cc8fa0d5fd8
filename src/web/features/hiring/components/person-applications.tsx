import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { CandidateProfile } from '#shared/contracts/hiring.ts';
import { QueryError } from '#web/ui/query-error.tsx';
import { useOtherApplications } from '#web/features/hiring/hooks/use-team.ts';
import { candidateStatusColors } from '#web/features/hiring/hiring-labels.ts';

/**
 * The same person's other applications in the workspace (same email, else same phone). Nothing is shown for a candidate
 * blind screening hides: a link to their other applications would tell who they are.
 */
export function PersonApplications({ candidate }: { candidate: CandidateProfile }) {
  const applications = useOtherApplications(candidate.id);
  if (candidate.masked) return null;
  return (
    <Stack gap="xs" data-testid="person-applications">
      <Title order={3} size="h4">
        Other applications
      </Title>
      <QueryError error={applications.error} onRetry={() => applications.refetch()} what="the other applications" />
      {applications.data?.length === 0 ? (
        <Text size="sm" c="dimmed">
          No other application by this person (same email or phone) in this workspace.
        </Text>
      ) : null}
      {applications.data && applications.data.length > 0 ? (
        <Table verticalSpacing={4} withRowBorders={false}>
          <Table.Tbody>
            {applications.data.map((application) => (
              <Table.Tr key={application.candidateId} data-testid="other-application">
                <Table.Td>
                  <Anchor component={Link} to={`/hiring/candidates/${application.candidateId}`} size="sm">
                    {application.jobTitle}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={700}>
                    {application.score}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="dot" color={candidateStatusColors[application.stage]}>
                      {application.stageName}
                    </Badge>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}

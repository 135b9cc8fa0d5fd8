import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '#web/ui/format-time.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageControls } from '#web/ui/page-controls.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useFailedJobs, useSettleFailedJob } from '#web/features/admin/hooks/use-overview.ts';

const pageSize = 10;

/** Background runs that failed after their last retry: what they ended on, and run again or discard. */
export function FailedJobsCard() {
  const [page, setPage] = useState(1);
  const jobs = useFailedJobs({ page, pageSize });
  const settle = useSettleFailedJob();
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="failed-jobs">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Failed background jobs
        </Title>
        <QueryError error={jobs.error} onRetry={() => jobs.refetch()} what="the failed jobs" />
        <FormError error={settle.error} />
        {jobs.data && jobs.data.total === 0 ? (
          <Text size="sm" c="dimmed">
            No failed jobs.
          </Text>
        ) : null}
        {jobs.data && jobs.data.total > 0 ? (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Job</Table.Th>
                    <Table.Th>Failed</Table.Th>
                    <Table.Th>Error</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {jobs.data.items.map((job) => (
                    <Table.Tr key={job.id} data-testid="failed-job">
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {job.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {job.attempts === 1 ? '1 attempt' : `${job.attempts} attempts`}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formatDateTime(job.failedAt)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {job.error}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Button size="compact-sm" variant="light" loading={settle.isPending && settle.variables?.job.id === job.id && settle.variables.action === 'retry'} onClick={() => settle.mutate({ job, action: 'retry' })}>
                            Retry
                          </Button>
                          <Button size="compact-sm" variant="subtle" color="red" onClick={() => settle.mutate({ job, action: 'discard' })}>
                            Discard
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <PageControls page={page} pageSize={pageSize} total={jobs.data.total} onChange={setPage} what={['failed job', 'failed jobs']} />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

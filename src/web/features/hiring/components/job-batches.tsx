import { Anchor, Badge, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '#web/ui/format-time.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useJobBatches } from '#web/features/hiring/hooks/use-batches.ts';
import { batchStatusColors, batchStatusLabels } from '#web/features/hiring/hiring-labels.ts';

const pageSize = 20;

/** The CV uploads of the job, newest first, a page at a time, with their progress. */
export function JobBatches({ jobId }: { jobId: string }) {
  const [page, setPage] = useState(1);
  const batches = useJobBatches(jobId, { page, pageSize });
  return (
    <Card withBorder radius="lg" padding="lg">
      <Title order={3} size="h4" mb="sm">
        Uploads
      </Title>
      <QueryError error={batches.error} onRetry={() => batches.refetch()} what="the uploads" />
      {batches.isPending ? <Loader size="sm" aria-label="Loading uploads" /> : null}
      {batches.data?.total === 0 ? (
        <Text size="sm" c="dimmed">
          No CVs uploaded to this job yet.
        </Text>
      ) : null}
      {batches.data && batches.data.items.length > 0 ? (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Uploaded</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Processed</Table.Th>
                  <Table.Th>Failed</Table.Th>
                  <Table.Th>Duplicates</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {batches.data.items.map((batch) => (
                  <Table.Tr key={batch.id}>
                    <Table.Td>{formatDateTime(batch.createdAt)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={batchStatusColors[batch.status]}>
                        {batchStatusLabels[batch.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {batch.processed} / {batch.total}
                    </Table.Td>
                    <Table.Td>{batch.failed}</Table.Td>
                    <Table.Td>{batch.duplicates}</Table.Td>
                    <Table.Td ta="right">
                      <Anchor component={Link} to={`/hiring/batches/${batch.id}`} size="sm">
                        Details
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls page={page} pageSize={pageSize} total={batches.data.total} onChange={setPage} what={['upload', 'uploads']} />
        </Stack>
      ) : null}
    </Card>
  );
}

import { Anchor, Badge, Card, Loader, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { FormError } from '#web/ui/form-error.tsx';
import { formatDateTime } from '#web/ui/format-time.ts';
import { useJobBatches } from '../hooks/use-batches.ts';
import { batchStatusColors, batchStatusLabels } from '../hiring-labels.ts';

/** Every CV upload of the job, newest first, with its progress. */
export function JobBatches({ jobId }: { jobId: string }) {
  const batches = useJobBatches(jobId);
  return (
    <Card withBorder radius="lg" padding="lg">
      <Title order={3} size="h4" mb="sm">
        Uploads
      </Title>
      <FormError error={batches.error} />
      {batches.isPending ? <Loader size="sm" aria-label="Loading uploads" /> : null}
      {batches.data?.length === 0 ? (
        <Text size="sm" c="dimmed">
          No CVs uploaded to this job yet.
        </Text>
      ) : null}
      {batches.data && batches.data.length > 0 ? (
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
              {batches.data.map((batch) => (
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
      ) : null}
    </Card>
  );
}

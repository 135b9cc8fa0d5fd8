import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { BatchFile } from '#shared/contracts/hiring.ts';
import { useVirtualRows } from '#web/ui/use-virtual-rows.ts';
import { fileStatusColors, fileStatusLabels } from '#web/features/hiring/hiring-labels.ts';

function FileOutcome({ file }: { file: BatchFile }) {
  if (file.status === 'done' && file.candidateId) {
    return (
      <Anchor component={Link} to={`/hiring/candidates/${file.candidateId}`} size="sm">
        View candidate
      </Anchor>
    );
  }
  if (file.status === 'duplicate') {
    return (
      <Text size="sm">
        {file.error ?? 'Already a candidate of this job.'}{' '}
        {file.duplicateOf ? (
          <Anchor component={Link} to={`/hiring/candidates/${file.duplicateOf}`} size="sm">
            See the candidate
          </Anchor>
        ) : null}
      </Text>
    );
  }
  if (file.status === 'failed') {
    return (
      <Text size="sm" c="red">
        {file.error ?? 'This file could not be screened.'}
      </Text>
    );
  }
  return null;
}

/**
 * Each file of an upload with its status and score: screened, failed with the reason, or flagged as a duplicate.
 * An upload can hold 1,000 files and more: the table scrolls in its own box and draws only the rows in view
 * (virtualised, decision 057), with spacer rows standing for the others.
 */
export function BatchFileTable({ files }: { files: readonly BatchFile[] }) {
  const { scrollerRef, rows, above, below, measure } = useVirtualRows(files.length, 45, (index) => files[index]!.id);
  return (
    <div ref={scrollerRef} style={{ maxHeight: '70vh', overflow: 'auto' }} data-testid="batch-files-scroller">
      <Table miw={640} stickyHeader verticalSpacing="xs" horizontalSpacing="md" data-testid="batch-files">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>#</Table.Th>
            <Table.Th>File</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th>Result</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {above > 0 ? <tr aria-hidden="true" data-spacer style={{ height: above }} /> : null}
          {rows.map(({ index }) => {
            const file = files[index]!;
            return (
              <Table.Tr key={file.id} data-status={file.status} data-index={index} ref={measure}>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {index + 1}
                  </Text>
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm" truncate title={file.name}>
                    {file.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={fileStatusColors[file.status]}>
                    {fileStatusLabels[file.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={700} data-testid="file-score">
                    {file.score ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <FileOutcome file={file} />
                </Table.Td>
              </Table.Tr>
            );
          })}
          {below > 0 ? <tr aria-hidden="true" data-spacer style={{ height: below }} /> : null}
        </Table.Tbody>
      </Table>
    </div>
  );
}

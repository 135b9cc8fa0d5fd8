import { Alert, Badge, Button, Card, Center, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { Batch } from '#shared/contracts/hiring.ts';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { isBatchRunning, useBatch } from '#web/features/hiring/hooks/use-batches.ts';
import { useJob } from '#web/features/hiring/hooks/use-jobs.ts';
import { batchStatusColors, batchStatusLabels } from '#web/features/hiring/hiring-labels.ts';
import { BatchFileTable } from './batch-file-table.tsx';
import { HiringBreadcrumbs } from './hiring-breadcrumbs.tsx';

/** Whole percent, reaching 100 only when every file is finished. */
function percentOf(batch: Batch): number {
  return batch.total === 0 ? 100 : Math.floor((batch.processed / batch.total) * 100);
}

/** The live progress of one CV upload: the bar and counts refresh (every 1 to 5 s by its size) until every file is finished. */
export function BatchPage() {
  const { batchId = '' } = useParams();
  const batch = useBatch(batchId);
  const job = useJob(batch.data?.jobId);
  useDocumentTitle('CV upload');

  if (batch.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  if (!batch.data) return <QueryError error={batch.error} onRetry={() => batch.refetch()} what="the upload" />;
  const { data } = batch;
  const running = isBatchRunning(data);
  const percent = percentOf(data);
  const screened = data.files.filter((file) => file.status === 'done').length;

  return (
    <>
      <HiringBreadcrumbs
        items={[
          { label: 'Hiring', to: job.data ? `/hiring?workspace=${job.data.workspaceId}` : '/hiring' },
          { label: job.data?.title ?? 'Job', to: `/hiring/jobs/${data.jobId}?tab=uploads` },
          { label: 'CV upload' },
        ]}
      />
      <Stack gap="lg" maw={960}>
        <QueryError error={job.error} onRetry={() => job.refetch()} what="the job" />
        <Card withBorder radius="lg" padding="lg">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h3">
                {running ? 'Screening CVs…' : 'CV upload'}
              </Title>
              <Badge size="lg" variant="light" color={batchStatusColors[data.status]} data-testid="batch-status">
                {batchStatusLabels[data.status]}
              </Badge>
            </Group>
            <Progress value={percent} size="xl" radius="xl" animated={running} aria-label="Screening progress" />
            <Group justify="space-between">
              <Text size="sm" data-testid="batch-progress">
                {data.processed} of {data.total} files processed · <b>{percent} %</b>
              </Text>
              <Group gap="md">
                <Text size="sm" c="teal">
                  {screened} screened
                </Text>
                <Text size="sm" c={data.failed > 0 ? 'red' : 'dimmed'}>
                  {data.failed} failed
                </Text>
                <Text size="sm" c={data.duplicates > 0 ? 'orange' : 'dimmed'}>
                  {data.duplicates} duplicates
                </Text>
              </Group>
            </Group>
            {running ? null : (
              <Group>
                <Button component={Link} to={`/hiring/jobs/${data.jobId}`}>
                  See the ranking
                </Button>
              </Group>
            )}
            {data.status === 'failed' ? (
              <Alert color="red" variant="light" py="xs">
                No file of this upload could be screened; the reason of each is listed below.
              </Alert>
            ) : null}
          </Stack>
        </Card>
        <Card withBorder radius="lg" padding={0}>
          <BatchFileTable files={data.files} />
        </Card>
      </Stack>
    </>
  );
}

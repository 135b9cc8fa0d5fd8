import { Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import type { RetentionReport } from '#shared/contracts/retention.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useRetentionPreview, useRunRetention } from '#web/features/admin/hooks/use-overview.ts';

const kindLabels: Record<RetentionReport['kinds'][number]['kind'], string> = {
  notifications: 'Notifications',
  outbox_mail: 'Outbox mail',
  closed_job_candidates: 'Candidates and CVs of closed jobs',
  unused_files: 'Stored files nothing uses',
};

/** What the nightly retention would remove now, and a way to run it at once. Periods are settings (retention.*). */
export function RetentionCard() {
  const preview = useRetentionPreview();
  const run = useRunRetention();
  const removed = run.data;
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="retention">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Data retention
        </Title>
        <Text size="sm" c="dimmed">
          Runs every night at 03:30 UTC. What it would remove now (the periods are the retention.* settings):
        </Text>
        <QueryError error={preview.error} onRetry={() => preview.refetch()} what="the retention preview" />
        <FormError error={run.error} />
        {preview.isPending ? <Loader size="sm" aria-label="Loading the retention preview" /> : null}
        {preview.data ? (
          <Table>
            <Table.Tbody>
              {preview.data.kinds.map((kind) => (
                <Table.Tr key={kind.kind} data-testid="retention-kind">
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {kindLabels[kind.kind]}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {kind.rule}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{kind.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        <Group>
          <Button variant="light" color="red" loading={run.isPending} onClick={() => run.mutate()}>
            Run now
          </Button>
          {removed ? (
            <Text size="sm" data-testid="retention-done">
              Removed {removed.kinds.reduce((total, kind) => total + kind.count, 0)} items.
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

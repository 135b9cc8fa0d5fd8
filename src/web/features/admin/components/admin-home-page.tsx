import { Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AdminOverview } from '#shared/contracts/admin.ts';
import { formatDateTime } from '#web/ui/format-time.ts';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useOverview } from '#web/features/admin/hooks/use-overview.ts';
import { FailedJobsCard } from './failed-jobs-card.tsx';
import { RetentionCard } from './retention-card.tsx';

const bytes = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

function Tile({ title, status, children, link }: { title: string; status?: { ok: boolean; label: string }; children: ReactNode; link?: { to: string; label: string } }) {
  return (
    <Card withBorder radius="lg" padding="md" data-testid={`overview-${title.toLowerCase().replaceAll(' ', '-')}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{title}</Text>
          {status ? (
            <Badge color={status.ok ? 'teal' : 'yellow'} variant="light">
              {status.label}
            </Badge>
          ) : null}
        </Group>
        <Stack gap={2}>{children}</Stack>
        {link ? (
          <Anchor component={Link} to={link.to} size="sm">
            {link.label}
          </Anchor>
        ) : null}
      </Stack>
    </Card>
  );
}

function Line({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  );
}

function Tiles({ overview }: { overview: AdminOverview }) {
  const { database, queue, mail, storage, ai, users } = overview;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <Tile title="Database" status={{ ok: true, label: database.kind === 'pglite' ? 'Embedded' : 'PostgreSQL server' }}>
        <Line>Parley {overview.version}</Line>
        <Line>{database.sizeBytes === null ? 'Size not reported' : `${bytes.format(database.sizeBytes / 1_000_000)} on disk`}</Line>
      </Tile>
      <Tile title="Queue" status={queue ? { ok: queue.failed === 0, label: queue.failed === 0 ? 'No failures' : `${queue.failed} failed` } : { ok: false, label: 'Not in this process' }}>
        {queue ? (
          queue.jobs.length === 0 ? (
            <Line>No background jobs yet.</Line>
          ) : (
            queue.jobs.map((job) => (
              <Line key={job.name}>
                {job.name}: {job.waiting} waiting, {job.active} running, {job.failed} failed
              </Line>
            ))
          )
        ) : (
          <Line>This process runs no background queue.</Line>
        )}
      </Tile>
      <Tile
        title="Mail"
        status={{ ok: mail.smtpConfigured && mail.failedLast24h === 0, label: mail.smtpConfigured ? (mail.failedLast24h === 0 ? 'SMTP' : `${mail.failedLast24h} failed today`) : 'Not configured' }}
        link={{ to: '/settings/admin/outbox', label: 'Outbox' }}
      >
        <Line>{mail.smtpConfigured ? `${mail.sentLast24h} sent in the last 24 hours.` : 'No SMTP server: mail waits in the outbox, where you can read it.'}</Line>
        {mail.lastError ? (
          <Line>
            Last error ({formatDateTime(mail.lastError.at)}): {mail.lastError.message}
          </Line>
        ) : null}
      </Tile>
      <Tile title="Storage" status={{ ok: true, label: storage.driver === 'local' ? 'Local folder' : 'S3' }}>
        <Line>{storage.location}</Line>
      </Tile>
      <Tile title="AI providers" status={{ ok: true, label: ai.llm ? 'Server LLM' : 'Offline engine' }} link={{ to: '/settings/admin/usage', label: 'AI usage' }}>
        <Line>{ai.llm ? `Language model: ${ai.llm.model} (${ai.llm.provider})` : 'No server LLM: the offline engine answers unless users or workspaces store keys.'}</Line>
        <Line>{ai.embeddingsModel ? `Embeddings: ${ai.embeddingsModel}` : 'No embeddings: search is full-text.'}</Line>
        <Line>{ai.speechProvider ? `Speech-to-text: ${ai.speechProvider}` : 'Speech-to-text: users’ own keys, or offline when they opt in.'}</Line>
      </Tile>
      <Tile title="People" link={{ to: '/settings/admin/users', label: 'Users' }}>
        <Line>
          {users.total} {users.total === 1 ? 'account' : 'accounts'}, {users.signedInLast7Days} active in the last 7 days
        </Line>
        <Line>
          <Anchor component={Link} to="/support/queue" size="sm">
            {overview.openTickets} open {overview.openTickets === 1 ? 'ticket' : 'tickets'}
          </Anchor>
        </Line>
      </Tile>
    </SimpleGrid>
  );
}

/** The administrator's home: the installation's health at a glance, and the failed jobs to act on. */
export function AdminHomePage() {
  const overview = useOverview();
  return (
    <>
      <PageHeader title="Overview" description="The health of this installation: database, background jobs, mail, storage, AI providers and people." />
      <Stack gap="lg">
        <QueryError error={overview.error} onRetry={() => overview.refetch()} what="the overview" />
        {overview.isPending ? <Loader size="sm" aria-label="Loading the overview" /> : null}
        <Group gap="md">
          <Anchor component={Link} to="/settings/admin/settings">
            Installation settings
          </Anchor>
          <Anchor component={Link} to="/settings/admin/audit">
            Audit log
          </Anchor>
          <Anchor component={Link} to="/settings/admin/users">
            Users
          </Anchor>
          <Anchor component={Link} to="/support/queue">
            Ticket queue
          </Anchor>
        </Group>
        {overview.data ? (
          <>
            <Tiles overview={overview.data} />
            {overview.data.queue ? <FailedJobsCard /> : null}
            <RetentionCard />
          </>
        ) : null}
      </Stack>
    </>
  );
}

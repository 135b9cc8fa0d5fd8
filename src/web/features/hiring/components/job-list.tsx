import { Anchor, Badge, Divider, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { JobListItem } from '#shared/contracts/hiring.ts';
import { formatRelativeTime } from '#web/ui/format-time.ts';
import { JobStatusBadge } from './job-status-badge.tsx';

function JobTitle({ job }: { job: JobListItem }) {
  return (
    <Anchor component={Link} to={`/hiring/jobs/${job.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
      {job.title}
    </Anchor>
  );
}

function JobBadges({ job }: { job: JobListItem }) {
  return (
    <Group gap={6}>
      <JobStatusBadge status={job.status} />
      {job.blindScreening ? (
        <Badge variant="outline" color="grape">
          Blind
        </Badge>
      ) : null}
    </Group>
  );
}

/** "12 candidates" and "best 84", or that none is screened yet. */
function candidatesText(job: JobListItem): string {
  return job.candidates === 1 ? '1 candidate' : `${job.candidates} candidates`;
}

function BestScore({ job }: { job: JobListItem }) {
  return job.bestScore === null ? (
    <Text size="sm" c="dimmed">
      —
    </Text>
  ) : (
    <Text size="sm" fw={700} data-testid="job-best-score">
      {job.bestScore}
    </Text>
  );
}

/** The jobs of a workspace: title, status, how many candidates and the best score; a card list on a narrow screen. */
export function JobList({ jobs, searching }: { jobs: readonly JobListItem[]; searching: boolean }) {
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  if (jobs.length === 0) {
    return (
      <Text c="dimmed" size="sm" p="lg" ta="center">
        {searching ? 'No job matches this search.' : 'No jobs yet. Create one, then upload CVs to it.'}
      </Text>
    );
  }
  if (!wide) {
    return (
      <Stack gap={0} data-testid="jobs-table">
        {jobs.map((job, index) => (
          <Fragment key={job.id}>
            {index > 0 ? <Divider /> : null}
            <Stack gap={6} p="md" data-testid="job-row">
              <JobTitle job={job} />
              <JobBadges job={job} />
              <Text size="sm" c="dimmed" data-testid="job-candidates">
                {candidatesText(job)}
                {job.bestScore === null ? '' : ` · best score ${job.bestScore}`} · updated {formatRelativeTime(job.updatedAt)}
              </Text>
            </Stack>
          </Fragment>
        ))}
      </Stack>
    );
  }
  return (
    <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover data-testid="jobs-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Job</Table.Th>
          <Table.Th w={150}>Status</Table.Th>
          <Table.Th w={130}>Candidates</Table.Th>
          <Table.Th w={110}>Best score</Table.Th>
          <Table.Th w={130}>Updated</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {jobs.map((job) => (
          <Table.Tr key={job.id} data-testid="job-row">
            <Table.Td>
              <JobTitle job={job} />
            </Table.Td>
            <Table.Td>
              <JobBadges job={job} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" data-testid="job-candidates">
                {candidatesText(job)}
              </Text>
            </Table.Td>
            <Table.Td>
              <BestScore job={job} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {formatRelativeTime(job.updatedAt)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

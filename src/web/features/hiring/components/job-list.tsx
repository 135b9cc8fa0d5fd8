import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Job } from '#shared/contracts/hiring.ts';
import { formatRelativeTime } from '#web/ui/format-time.ts';
import { JobStatusBadge } from './job-status-badge.tsx';
import { SkillBadges } from './skill-badges.tsx';

export function JobList({ jobs, searching }: { jobs: readonly Job[]; searching: boolean }) {
  if (jobs.length === 0) {
    return (
      <Text c="dimmed" size="sm" p="lg" ta="center">
        {searching ? 'No job matches this search.' : 'No jobs yet. Create one, then upload CVs to it.'}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover data-testid="jobs-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Job</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Must-have skills</Table.Th>
            <Table.Th>Updated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => (
            <Table.Tr key={job.id}>
              <Table.Td maw={360}>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/hiring/jobs/${job.id}`} fw={600}>
                    {job.title}
                  </Anchor>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {job.description}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <JobStatusBadge status={job.status} />
                  {job.blindScreening ? (
                    <Badge variant="outline" color="grape">
                      Blind
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <SkillBadges skills={job.requirements.mustHaveSkills} tone="additional" limit={4} />
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
    </Table.ScrollContainer>
  );
}

import { Anchor, Badge, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { jobApplicationStatuses, type JobApplicationStatus } from '#shared/vocabulary.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { exportUrl } from '#web/features/career/api/application-api.ts';
import { useApplications } from '#web/features/career/hooks/application-hooks.ts';
import { stageLabel } from './application-stages.ts';

const pageSize = 20;

/** The applications as a list: filtered by stage, searched by title, company or notes; and the CSV export. */
export function ApplicationList() {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<JobApplicationStatus | undefined>();
  const [q, setQ] = useState('');
  const [range, setRange] = useState({ from: '', to: '' });
  const applications = useApplications({ page, pageSize, status, q });
  return (
    <>
      <Group align="end" mb="sm">
        <TextInput label="Search" placeholder="Title, company or notes" value={q} onChange={(event) => (setQ(event.currentTarget.value), setPage(1))} />
        <Select
          label="Stage"
          placeholder="Any stage"
          clearable
          data={jobApplicationStatuses.map((value) => ({ value, label: stageLabel(value) }))}
          value={status ?? null}
          onChange={(value) => (setStatus((value) ?? undefined), setPage(1))}
        />
      </Group>
      <QueryError error={applications.error} onRetry={() => applications.refetch()} what="your applications" />
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Posting</Table.Th>
            <Table.Th>Company</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>Applied</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {applications.data?.items.map((application) => (
            <Table.Tr key={application.id}>
              <Table.Td>
                <Anchor component={Link} to={`/career/applications/${application.id}`}>
                  {application.jobTitle ?? 'Untitled posting'}
                </Anchor>
              </Table.Td>
              <Table.Td>{application.companyName}</Table.Td>
              <Table.Td>
                <Badge variant="light">{stageLabel(application.status)}</Badge>
              </Table.Td>
              <Table.Td>{application.appliedDate}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {applications.data?.total === 0 ? <Text c="dimmed">No application matches.</Text> : null}
      {applications.data ? <PageControls page={page} pageSize={pageSize} total={applications.data.total} onChange={setPage} what={['application', 'applications']} /> : null}
      <Group align="end" mt="lg">
        <TextInput type="date" label="Applied from" value={range.from} onChange={(event) => setRange({ ...range, from: event.currentTarget.value })} />
        <TextInput type="date" label="to" value={range.to} onChange={(event) => setRange({ ...range, to: event.currentTarget.value })} />
        <Button component="a" href={exportUrl(range)} download variant="light">
          Export CSV with stage history
        </Button>
      </Group>
    </>
  );
}

import { Alert, Button, Card, Center, EmptyState, Group, Loader, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { JobStatus } from '#shared/contracts/hiring.ts';
import { IconBriefcase } from '#web/ui/icons.tsx';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useJobs } from '#web/features/hiring/hooks/use-jobs.ts';
import { useMyWorkspaces, useWorkspaceAccess } from '#web/features/hiring/hooks/use-workspace-access.ts';
import { JobList } from './job-list.tsx';

type StatusFilter = 'all' | JobStatus;

const pageSize = 20;

/** The jobs of one workspace, searched as you type; the workspace is kept in the address (?workspace=). */
export function HiringPage() {
  useDocumentTitle('Hiring');
  const [params, setParams] = useSearchParams();
  const workspaces = useMyWorkspaces();
  const workspaceId = params.get('workspace') ?? workspaces.data?.[0]?.id;
  const { workspace, canEdit } = useWorkspaceAccess(workspaceId);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [page, setPage] = useState(1);
  const jobs = useJobs(workspace?.id, { q: q || undefined, status: status === 'all' ? undefined : status, page, pageSize });

  if (workspaces.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  if (!workspaces.data) {
    return (
      <>
        <PageHeader title="Hiring" />
        <QueryError error={workspaces.error} onRetry={() => workspaces.refetch()} what="your workspaces" />
      </>
    );
  }
  if (workspaces.data?.length === 0) {
    return (
      <>
        <PageHeader title="Hiring" />
        <EmptyState
          icon={<IconBriefcase size={28} />}
          variant="light"
          title="Hiring happens in a workspace"
          description="Create a workspace for your company or team, or accept an invitation from a colleague. Jobs, CVs and rankings are shared with its members."
        >
          <EmptyState.Actions>
            <Button component={Link} to="/settings/workspaces">
              Create a workspace
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title="Hiring" description="Jobs of your workspace: upload CVs to a job and Parley screens and ranks them against its requirements." />
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end" gap="sm">
            <Select
              label="Workspace"
              w={240}
              allowDeselect={false}
              data={(workspaces.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
              value={workspace?.id ?? null}
              onChange={(value) => {
                if (!value) return;
                setParams({ workspace: value });
                setPage(1);
              }}
            />
            <TextInput
              label="Search jobs"
              placeholder="Title, skill, description…"
              w={280}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                setPage(1);
              }}
            />
            <SegmentedControl
              aria-label="Job status"
              value={status}
              onChange={(value) => {
                setStatus(value);
                setPage(1);
              }}
              data={[
                { value: 'all', label: 'All' },
                { value: 'open', label: 'Open' },
                { value: 'draft', label: 'Draft' },
                { value: 'closed', label: 'Closed' },
              ]}
            />
          </Group>
          <Group gap="xs">
            {workspace ? (
              <Button variant="default" component={Link} to={`/hiring/people?workspace=${workspace.id}`}>
                Find a candidate
              </Button>
            ) : null}
            {canEdit && workspace ? (
              <Button component={Link} to={`/hiring/jobs/new?workspace=${workspace.id}`}>
                New job
              </Button>
            ) : null}
          </Group>
        </Group>
        {workspace && !canEdit ? (
          <Alert variant="light" color="blue" py="xs">
            You are an interviewer in {workspace.name}: you can read jobs and candidates; owners and recruiters change them.
          </Alert>
        ) : null}
        <QueryError error={jobs.error} onRetry={() => jobs.refetch()} what="the jobs" />
        <Card withBorder radius="lg" padding={0}>
          {jobs.isLoading ? (
            <Center py="xl">
              <Loader size="sm" aria-label="Loading jobs" />
            </Center>
          ) : null}
          {workspace ? null : (
            <Text c="dimmed" size="sm" p="lg" ta="center">
              This workspace is not one of yours: choose one of your workspaces above.
            </Text>
          )}
          {jobs.data ? <JobList jobs={jobs.data.items} searching={q !== '' || status !== 'all'} /> : null}
        </Card>
        {jobs.data && jobs.data.total > 0 ? <PageControls page={page} pageSize={pageSize} total={jobs.data.total} onChange={setPage} what={['job', 'jobs']} /> : null}
        {jobs.data && jobs.data.mode !== 'all' && jobs.data.items.length > 0 ? (
          <Text size="xs" c="dimmed">
            Closest matches first, {jobs.data.mode === 'semantic' ? 'by meaning' : 'by the words of the title and description'}.
          </Text>
        ) : null}
      </Stack>
    </>
  );
}

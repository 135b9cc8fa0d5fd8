import { Alert, Button, Card, Center, EmptyState, Group, Loader, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Job } from '#shared/contracts/hiring.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { IconBriefcase } from '#web/ui/icons.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useJobs } from '../hooks/use-jobs.ts';
import { useMyWorkspaces, useWorkspaceAccess } from '../hooks/use-workspace-access.ts';
import { JobList } from './job-list.tsx';

type StatusFilter = 'all' | Job['status'];

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
  const jobs = useJobs(workspace?.id, { q: q || undefined, status: status === 'all' ? undefined : status });

  if (workspaces.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
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
        <FormError error={workspaces.error} />
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end" gap="sm">
            <Select
              label="Workspace"
              w={240}
              allowDeselect={false}
              data={(workspaces.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
              value={workspace?.id ?? null}
              onChange={(value) => value && setParams({ workspace: value })}
            />
            <TextInput label="Search jobs" placeholder="Title, skill, description…" w={280} value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
            <SegmentedControl
              aria-label="Job status"
              value={status}
              onChange={(value) => setStatus(value)}
              data={[
                { value: 'all', label: 'All' },
                { value: 'open', label: 'Open' },
                { value: 'draft', label: 'Draft' },
                { value: 'closed', label: 'Closed' },
              ]}
            />
          </Group>
          {canEdit && workspace ? (
            <Button component={Link} to={`/hiring/jobs/new?workspace=${workspace.id}`}>
              New job
            </Button>
          ) : null}
        </Group>
        {workspace && !canEdit ? (
          <Alert variant="light" color="blue" py="xs">
            You are an interviewer in {workspace.name}: you can read jobs and candidates; owners and recruiters change them.
          </Alert>
        ) : null}
        <FormError error={jobs.error} />
        <Card withBorder radius="lg" padding={0}>
          {jobs.isPending ? (
            <Center py="xl">
              <Loader size="sm" aria-label="Loading jobs" />
            </Center>
          ) : null}
          {jobs.data ? <JobList jobs={jobs.data.jobs} searching={q !== '' || status !== 'all'} /> : null}
        </Card>
        {jobs.data && jobs.data.mode !== 'all' && jobs.data.jobs.length > 0 ? (
          <Text size="xs" c="dimmed">
            Closest matches first, {jobs.data.mode === 'semantic' ? 'by meaning' : 'by the words of the title and description'}.
          </Text>
        ) : null}
      </Stack>
    </>
  );
}

import { Anchor, Badge, Card, Center, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { candidateStatusColors } from '#web/features/hiring/hiring-labels.ts';
import { usePeople } from '#web/features/hiring/hooks/use-team.ts';
import { useMyWorkspaces } from '#web/features/hiring/hooks/use-workspace-access.ts';

const pageSize = 20;

/**
 * Candidates across every job of a workspace, as persons: one row per email (or phone), with each of their applications.
 * Candidates blind screening still hides are not found here (they are in their job's ranking).
 */
export function PeoplePage() {
  useDocumentTitle('Find a candidate');
  const [params, setParams] = useSearchParams();
  const workspaces = useMyWorkspaces();
  const workspaceId = params.get('workspace') ?? workspaces.data?.[0]?.id;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const people = usePeople(workspaceId, q, { page, pageSize });

  return (
    <>
      <PageHeader title="Find a candidate" description="Search every job of the workspace by name, email, phone or skill. Someone who applied to several jobs is one person here." />
      <Stack gap="md">
        <QueryError error={workspaces.error} onRetry={() => workspaces.refetch()} what="your workspaces" />
        <Group align="flex-end" gap="sm">
          <Select
            label="Workspace"
            w={240}
            allowDeselect={false}
            data={(workspaces.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
            value={workspaceId ?? null}
            onChange={(value) => {
              if (value) setParams({ workspace: value });
              setPage(1);
            }}
          />
          <TextInput
            label="Search candidates"
            placeholder="Name, email, phone or skill"
            w={320}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
          />
        </Group>
        <QueryError error={people.error} onRetry={() => people.refetch()} what="the candidates" />
        <Card withBorder radius="lg" padding={0}>
          {people.isFetching && !people.data ? (
            <Center py="xl">
              <Loader size="sm" aria-label="Searching" />
            </Center>
          ) : null}
          {!q ? (
            <Text c="dimmed" size="sm" p="lg" ta="center">
              Type a name, an email, a phone number or a skill.
            </Text>
          ) : people.data && people.data.items.length === 0 ? (
            <Text c="dimmed" size="sm" p="lg" ta="center">
              Nobody matches “{q}”.
            </Text>
          ) : null}
          {q && people.data && people.data.items.length > 0 ? (
            <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="people-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Person</Table.Th>
                  <Table.Th>Applications</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.data.items.map((person) => (
                  <Table.Tr key={person.applications[0]?.candidateId ?? person.email ?? person.phone} data-testid="person-row">
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {person.name ?? 'Name not found'}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[person.email, person.phone].filter(Boolean).join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        {person.applications.map((application) => (
                          <Group key={application.candidateId} gap="xs" wrap="wrap">
                            <Anchor component={Link} to={`/hiring/candidates/${application.candidateId}`} size="sm">
                              {application.jobTitle}
                            </Anchor>
                            <Text size="sm" fw={700}>
                              {application.score}
                            </Text>
                            <Badge variant="dot" color={candidateStatusColors[application.stage]}>
                              {application.stageName}
                            </Badge>
                          </Group>
                        ))}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Card>
        {q && people.data && people.data.total > 0 ? <PageControls page={page} pageSize={pageSize} total={people.data.total} onChange={setPage} what={['person', 'people']} /> : null}
      </Stack>
    </>
  );
}

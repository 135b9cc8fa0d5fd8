import { Anchor, Badge, Button, Card, Group, Menu, ScrollArea, Stack, Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import type { Application } from '#shared/contracts/career-jobs.ts';
import { jobApplicationStatuses, type JobApplicationStatus } from '#shared/vocabulary.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useUpdateApplication } from '#web/features/career/hooks/application-hooks.ts';
import { stageLabel } from './application-stages.ts';

const dragType = 'application/x-parley-application';

function ApplicationCard({ application, onMove }: { application: Application; onMove: (status: JobApplicationStatus) => void }) {
  const name = application.jobTitle ?? 'Untitled posting';
  return (
    <Card
      withBorder
      radius="md"
      padding="xs"
      draggable
      onDragStart={(event: DragEvent) => {
        event.dataTransfer.setData(dragType, application.id);
        event.dataTransfer.setData('text/plain', application.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      style={{ cursor: 'grab' }}
      data-testid="application-card"
      aria-label={`${name}${application.companyName ? ` at ${application.companyName}` : ''}`}
    >
      <Anchor component={Link} to={`/career/applications/${application.id}`} fw={600} size="sm">
        {name}
      </Anchor>
      {application.companyName ? (
        <Text size="xs" c="dimmed">
          {application.companyName}
        </Text>
      ) : null}
      <Group justify="space-between" mt={4}>
        <Text size="xs" c="dimmed">
          {application.appliedDate ? `Applied ${application.appliedDate}` : 'Not applied yet'}
        </Text>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="compact-xs" variant="subtle" aria-label={`Move ${name} to…`}>
              Move to…
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {jobApplicationStatuses
              .filter((status) => status !== application.status)
              .map((status) => (
                <Menu.Item key={status} onClick={() => onMove(status)}>
                  {stageLabel(status)}
                </Menu.Item>
              ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Card>
  );
}

/**
 * The pipeline as columns, one per stage: a card is dragged to another column, or moved with its "Move to…" menu
 * (reachable with the keyboard). A move shows at once and is undone if the server refuses it.
 */
export function ApplicationBoard({ applications }: { applications: Application[] }) {
  const update = useUpdateApplication();
  const [over, setOver] = useState<JobApplicationStatus | null>(null);
  const move = (id: string, status: JobApplicationStatus) => {
    const application = applications.find((item) => item.id === id);
    if (application && application.status !== status) update.mutate({ id, changes: { status } });
  };
  return (
    <>
      <FormError error={update.error} />
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="start" wrap="nowrap" gap="sm" pb="sm">
          {jobApplicationStatuses.map((status) => {
            const cards = applications.filter((application) => application.status === status);
            return (
              <Stack
                key={status}
                gap="xs"
                w={220}
                miw={220}
                p="xs"
                data-testid={`column-${status}`}
                aria-label={`${stageLabel(status)} (${cards.length})`}
                role="region"
                onDragOver={(event) => {
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'move';
                  setOver(status);
                }}
                onDragLeave={() => setOver((current) => (current === status ? null : current))}
                onDrop={(event) => {
                  event.preventDefault();
                  setOver(null);
                  const id = event.dataTransfer.getData(dragType) || event.dataTransfer.getData('text/plain');
                  if (id) move(id, status);
                }}
                style={{
                  borderRadius: 'var(--mantine-radius-md)',
                  background: over === status ? 'var(--mantine-primary-color-light)' : 'var(--mantine-color-default-hover)',
                  minHeight: 160,
                }}
              >
                <Group justify="space-between">
                  <Text fw={600} size="sm">
                    {stageLabel(status)}
                  </Text>
                  <Badge variant="light" size="sm">
                    {cards.length}
                  </Badge>
                </Group>
                {cards.map((application) => (
                  <ApplicationCard key={application.id} application={application} onMove={(next) => move(application.id, next)} />
                ))}
              </Stack>
            );
          })}
        </Group>
      </ScrollArea>
    </>
  );
}

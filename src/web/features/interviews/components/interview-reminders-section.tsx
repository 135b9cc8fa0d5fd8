import { Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { InterviewSettings } from '#shared/contracts/interview-settings.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { errorFor, fieldErrors } from '#web/features/interviews/field-errors.ts';
import { useChangeInterviewSettings, useInterviewSettings } from '#web/features/interviews/hooks/use-interview-settings.ts';

const minutesText = (minutes: readonly number[]) => minutes.join(', ');

/** "90, 15" as minutes; a token that is not a number goes as it is and the server names it. */
function parseMinutes(text: string): number[] {
  return text
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean)
    .map(Number);
}

function ReminderForm({ workspaceId, settings, canChange }: { workspaceId: string; settings: InterviewSettings; canChange: boolean }) {
  const change = useChangeInterviewSettings(workspaceId);
  const [offsets, setOffsets] = useState(minutesText(settings.reminderOffsetsMinutes));
  const [hours, setHours] = useState<number>(settings.scorecardReminderHours);
  const errors = fieldErrors(change.error);
  const reset = () =>
    change.mutate(
      { reminderOffsetsMinutes: null, scorecardReminderHours: null },
      {
        onSuccess: (saved) => {
          setOffsets(minutesText(saved.reminderOffsetsMinutes));
          setHours(saved.scorecardReminderHours);
        },
      },
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate({ reminderOffsetsMinutes: parseMinutes(offsets), scorecardReminderHours: hours });
      }}
    >
      <Stack gap="xs">
        <Group align="flex-start">
          <TextInput
            label="Reminders, in minutes before the start"
            description={`E-mail to everyone, in-app to members. Installation default: ${minutesText(settings.installation.reminderOffsetsMinutes) || 'none'}.`}
            value={offsets}
            onChange={(event) => setOffsets(event.currentTarget.value)}
            disabled={!canChange}
            error={errorFor(errors, 'reminderOffsetsMinutes')}
            w={320}
            data-testid="reminder-offsets"
          />
          <NumberInput
            label="Scorecard follow-up, hours after the end"
            description={`0: none. Installation default: ${settings.installation.scorecardReminderHours}.`}
            min={0}
            max={336}
            value={hours}
            onChange={(value) => setHours(Number(value))}
            disabled={!canChange}
            error={errors.scorecardReminderHours}
            w={260}
          />
        </Group>
        {canChange ? (
          <Group gap="xs">
            <Button type="submit" size="xs" loading={change.isPending}>
              Save reminders
            </Button>
            <Button variant="subtle" size="xs" onClick={reset} disabled={change.isPending}>
              Use the installation's
            </Button>
            {change.isSuccess ? (
              <Text size="sm" c="teal" role="status">
                Saved: new bookings and changes use these.
              </Text>
            ) : null}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            Only owners can change these.
          </Text>
        )}
        {Object.keys(errors).length === 0 ? <FormError error={change.error} /> : null}
      </Stack>
    </form>
  );
}

/** The workspace's interview reminders: owners set them, everyone else sees what is in force. */
export function InterviewRemindersSection({ workspaceId, canChange }: { workspaceId: string; canChange: boolean }) {
  const settings = useInterviewSettings(workspaceId);
  return (
    <Stack gap="xs" mt="sm">
      <Title order={4} size="h5">
        Interview reminders
      </Title>
      <QueryError error={settings.error} onRetry={() => settings.refetch()} what="the reminder settings" />
      {settings.data ? <ReminderForm workspaceId={workspaceId} settings={settings.data} canChange={canChange} /> : null}
    </Stack>
  );
}

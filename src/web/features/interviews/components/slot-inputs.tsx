import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core';
import type { TimeOptionInput } from '#shared/contracts/interviews.ts';
import { viewerZone } from '#web/features/interviews/time-zones.ts';
import { ZoneSelect } from './zone-select.tsx';

/** A few wall-clock times, each with its zone (the viewer's by default); errors are named `<field>.<index>.…`. */
export function SlotInputs({ field, value, onChange, max, errors }: { field: string; value: TimeOptionInput[]; onChange: (slots: TimeOptionInput[]) => void; max: number; errors: Record<string, string> }) {
  return (
    <Stack gap="xs">
      {value.map((slot, index) => (
        <Group key={index} align="flex-start" gap="xs" data-testid="slot-input">
          <TextInput
            aria-label={`Time ${index + 1}`}
            type="datetime-local"
            value={slot.startsAt}
            onChange={(event) => onChange(value.map((item, i) => (i === index ? { ...item, startsAt: event.currentTarget.value } : item)))}
            error={errors[`${field}.${index}.startsAt`]}
            w={230}
          />
          <ZoneSelect label="" value={slot.timeZone} onChange={(zone) => onChange(value.map((item, i) => (i === index ? { ...item, timeZone: zone } : item)))} error={errors[`${field}.${index}.timeZone`]} />
          <ActionIcon variant="subtle" color="red" aria-label={`Remove time ${index + 1}`} onClick={() => onChange(value.filter((_, i) => i !== index))}>
            ×
          </ActionIcon>
        </Group>
      ))}
      {value.length < max ? (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => onChange([...value, { startsAt: '', timeZone: viewerZone() }])}>
            Add a time
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

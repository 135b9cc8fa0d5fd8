import { Button, Group, Select, TextInput } from '@mantine/core';
import type { PracticeInterviewType } from '#shared/contracts/practice.ts';
import type { SessionFilter } from '#web/features/practice/api/practice-api.ts';
import { interviewTypeLabels, statusLabels, toOptions } from '#web/features/practice/practice-labels.ts';

type Props = { filter: SessionFilter; onChange: (filter: SessionFilter) => void };

/** Status, interview type and a range of days; any change goes back to the first page. */
export function SessionFilters({ filter, onChange }: Props) {
  const update = (patch: Partial<SessionFilter>) => onChange({ ...filter, ...patch, page: 1 });
  const filtered = Boolean(filter.status ?? filter.interviewType ?? filter.from ?? filter.to);
  return (
    <Group align="flex-end" gap="sm" data-print="hide">
      <Select
        label="Status"
        placeholder="Any status"
        w={190}
        clearable
        data={toOptions(statusLabels)}
        value={filter.status ?? null}
        onChange={(value) => update({ status: value ?? undefined })}
      />
      <Select
        label="Interview type"
        placeholder="Any type"
        w={190}
        clearable
        data={toOptions(interviewTypeLabels)}
        value={filter.interviewType ?? null}
        onChange={(value) => update({ interviewType: (value as PracticeInterviewType | null) ?? undefined })}
      />
      <TextInput label="From" type="date" w={160} value={filter.from ?? ''} onChange={(event) => update({ from: event.currentTarget.value || undefined })} />
      <TextInput label="To" type="date" w={160} value={filter.to ?? ''} onChange={(event) => update({ to: event.currentTarget.value || undefined })} />
      {filtered ? (
        <Button variant="subtle" onClick={() => onChange({ page: 1, pageSize: filter.pageSize })}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}

import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { panelRoles, type PanelRole } from '#shared/vocabulary.ts';
import type { Member } from '#shared/contracts/workspaces.ts';
import { panelRoleLabels } from '#web/features/interviews/interview-labels.ts';

export type PanelEntry = { email: string; name?: string; role: PanelRole };

const roleOptions = panelRoles.map((role) => ({ value: role, label: panelRoleLabels[role] }));

/** The panel: workspace members picked by name, or outside guests by email, each with a role. */
export function PanelEditor({ value, onChange, members, error }: { value: PanelEntry[]; onChange: (panel: PanelEntry[]) => void; members: readonly Member[]; error?: string | undefined }) {
  const [guest, setGuest] = useState('');
  const taken = new Set(value.map((entry) => entry.email.toLowerCase()));
  const add = (entry: PanelEntry) => {
    if (!taken.has(entry.email.toLowerCase())) onChange([...value, entry]);
  };
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        Panel
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          No panelists yet.
        </Text>
      ) : null}
      {value.map((entry, index) => (
        <Group key={entry.email} gap="xs" wrap="nowrap" data-testid="panel-entry">
          <Text size="sm" style={{ flex: 1 }}>
            {entry.name ? `${entry.name} <${entry.email}>` : entry.email}
          </Text>
          <Select
            aria-label={`Role of ${entry.email}`}
            w={150}
            size="xs"
            allowDeselect={false}
            data={roleOptions}
            value={entry.role}
            onChange={(role) => role && onChange(value.map((item, i) => (i === index ? { ...item, role } : item)))}
          />
          <ActionIcon variant="subtle" color="red" aria-label={`Remove ${entry.email}`} onClick={() => onChange(value.filter((_, i) => i !== index))}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group align="flex-end" gap="xs">
        <Select
          label="Add a member"
          placeholder="Pick a workspace member"
          searchable
          w={260}
          value={null}
          data={members.filter((member) => !taken.has(member.email.toLowerCase())).map((member) => ({ value: member.email, label: `${member.name} (${member.email})` }))}
          onChange={(email) => {
            const member = members.find((item) => item.email === email);
            if (member) add({ email: member.email, name: member.name, role: value.length === 0 ? 'lead' : 'interviewer' });
          }}
        />
        <TextInput label="Or an outside email" placeholder="guest@partner.example" value={guest} onChange={(event) => setGuest(event.currentTarget.value)} w={240} />
        <Button
          variant="light"
          disabled={!/^\S+@\S+\.\S+$/.test(guest.trim())}
          onClick={() => {
            add({ email: guest.trim(), role: 'interviewer' });
            setGuest('');
          }}
        >
          Add guest
        </Button>
      </Group>
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

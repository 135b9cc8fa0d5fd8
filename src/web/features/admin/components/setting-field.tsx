import { Alert, Badge, Button, Card, Code, Group, NumberInput, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Setting } from '#shared/contracts/settings.ts';
import { llmProviderChoices, signupPolicies } from '#shared/vocabulary.ts';
import { useChangeSetting } from '#web/features/admin/hooks/use-settings.ts';

/** The settings that are one of a few values, with the words shown for each. */
const choices: Record<string, Array<{ value: string; label: string }>> = {
  'signup.policy': signupPolicies.map((policy) => ({ value: policy, label: { open: 'Open to anyone', invitation: 'Invitation only', closed: 'Closed' }[policy] })),
  'ai.default-provider': llmProviderChoices.map((provider) => ({
    value: provider,
    label: { auto: 'Automatic', openai: 'OpenAI', anthropic: 'Anthropic', 'openai-compatible': 'OpenAI-compatible' }[provider],
  })),
};

/** The editor of a value: one of a few choices, a number, a line of text, a list one entry a line, anything else as JSON. */
type Draft =
  | { kind: 'choice'; value: string }
  | { kind: 'number'; value: number | string }
  | { kind: 'text'; text: string }
  | { kind: 'lines'; text: string }
  | { kind: 'json'; text: string };

function draftOf(setting: Setting): Draft {
  if (choices[setting.key] && typeof setting.value === 'string') return { kind: 'choice', value: setting.value };
  if (typeof setting.value === 'number') return { kind: 'number', value: setting.value };
  if (typeof setting.value === 'string') return { kind: 'text', text: setting.value };
  if (Array.isArray(setting.value)) return { kind: 'lines', text: setting.value.map(String).join('\n') };
  return { kind: 'json', text: JSON.stringify(setting.value, null, 2) };
}

function valueOf(draft: Draft): unknown {
  switch (draft.kind) {
    case 'choice':
      return draft.value;
    case 'number':
      // An emptied field is sent as it is: the server's rule says what is expected.
      return draft.value;
    case 'text':
      return draft.text;
    case 'lines':
      return draft.text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    case 'json':
      return JSON.parse(draft.text) as unknown;
  }
}

/** A value as read on the page: a choice by its words, a size in bytes with its MB, an empty text as such. */
function show(key: string, value: unknown): string {
  const choice = choices[key]?.find((option) => option.value === value);
  if (choice) return choice.label;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'number' && key.endsWith('-bytes')) return `${value.toLocaleString('en')} bytes (${Math.round((value / 1024 / 1024) * 10) / 10} MB)`;
  if (value === '') return 'empty';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One installation setting: what it does, its value and default, where the value comes from, and its editor. */
export function SettingField({ setting }: { setting: Setting }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(setting));
  const [parseError, setParseError] = useState<string | null>(null);
  const change = useChangeSetting(setting.key);
  const pinned = setting.source === 'env';
  const error = parseError ?? change.error?.message ?? null;

  const save = () => {
    let value: unknown;
    try {
      value = valueOf(draft);
    } catch {
      setParseError('This is not valid JSON.');
      return;
    }
    setParseError(null);
    change.mutate(value, { onSuccess: (saved) => setDraft(draftOf(saved)) });
  };

  return (
    <Card withBorder radius="lg" padding="lg" data-testid={`setting-${setting.key}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2} style={{ flex: 1 }}>
            <Code fw={600}>{setting.key}</Code>
            <Text size="sm">{setting.description}</Text>
          </Stack>
          <Badge variant="light" color={pinned ? 'orange' : setting.source === 'stored' ? 'blue' : 'gray'}>
            {pinned ? 'environment variable' : setting.source === 'stored' ? 'set here' : 'default'}
          </Badge>
        </Group>
        <Text size="sm" data-testid="setting-value">
          In force: <strong>{show(setting.key, setting.value)}</strong>
          <Text span c="dimmed" size="sm">
            {' '}
            (default: {show(setting.key, setting.default)})
          </Text>
        </Text>
        {pinned ? (
          <Alert color="orange" variant="light" py="xs" data-testid="setting-pinned">
            Set by the environment variable <Code>{setting.env}</Code>, which wins over this page. Change or remove the variable and restart to manage it here.
          </Alert>
        ) : null}
        {draft.kind === 'choice' ? (
          <SegmentedControl
            aria-label={setting.key}
            disabled={pinned}
            value={draft.value}
            onChange={(value) => setDraft({ kind: 'choice', value })}
            data={choices[setting.key] ?? []}
          />
        ) : draft.kind === 'number' ? (
          <NumberInput label="Value" disabled={pinned} value={draft.value} onChange={(value) => setDraft({ kind: 'number', value })} error={error} allowDecimal={false} thousandSeparator="," maw={280} />
        ) : draft.kind === 'text' ? (
          <TextInput label="Value" disabled={pinned} value={draft.text} onChange={(e) => setDraft({ kind: 'text', text: e.currentTarget.value })} error={error} maw={420} />
        ) : (
          <Textarea
            label={draft.kind === 'lines' ? 'One entry a line' : 'Value (JSON)'}
            autosize
            minRows={2}
            maxRows={10}
            disabled={pinned}
            value={draft.text}
            onChange={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
            error={error}
            ff="monospace"
          />
        )}
        {draft.kind === 'choice' && error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          Rule: {setting.rule}. Variable: <Code>{setting.env}</Code>
        </Text>
        {pinned ? null : (
          <Group>
            <Button size="xs" onClick={save} loading={change.isPending}>
              Save
            </Button>
            {change.isSuccess ? (
              <Text size="sm" c="teal" data-testid="setting-saved">
                Saved.
              </Text>
            ) : null}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';

/** The questions attached to the interview: edited, reordered, removed and added one by one. */
export function QuestionsEditor({ value, onChange, error }: { value: string[]; onChange: (questions: string[]) => void; error?: string | undefined }) {
  const move = (from: number, to: number) => {
    const next = [...value];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <Stack gap="xs">
      {value.map((question, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap" data-testid="question-entry">
          <Textarea aria-label={`Question ${index + 1}`} autosize minRows={1} style={{ flex: 1 }} value={question} onChange={(event) => onChange(value.map((item, i) => (i === index ? event.currentTarget.value : item)))} />
          <ActionIcon variant="subtle" aria-label={`Move question ${index + 1} up`} disabled={index === 0} onClick={() => move(index, index - 1)}>
            ↑
          </ActionIcon>
          <ActionIcon variant="subtle" aria-label={`Move question ${index + 1} down`} disabled={index === value.length - 1} onClick={() => move(index, index + 1)}>
            ↓
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={`Remove question ${index + 1}`} onClick={() => onChange(value.filter((_, i) => i !== index))}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="subtle" size="xs" onClick={() => onChange([...value, ''])}>
          Add a question
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

import { Card, List, Stack, Text, Title } from '@mantine/core';

export function SuggestionsCard({ suggestions }: { suggestions: readonly string[] }) {
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="report-suggestions">
      <Stack gap="md">
        <Title order={3} size="h4">
          Suggestions
        </Title>
        {suggestions.length === 0 ? (
          <Text size="sm" c="dimmed">
            No further suggestions.
          </Text>
        ) : (
          <List size="sm" spacing="xs">
            {suggestions.map((suggestion) => (
              <List.Item key={suggestion}>{suggestion}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}

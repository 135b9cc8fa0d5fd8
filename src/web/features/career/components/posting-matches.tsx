import { Alert, Badge, Button, Card, Checkbox, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { TailoredSummary } from '#shared/contracts/career-jobs.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDraftSummary, useLinks, useMatches, useToggleLink } from '#web/features/career/hooks/posting-hooks.ts';

/**
 * How the library matches a posting: experiences ranked with their score and why (each can be linked to the posting),
 * the posting's skills split into shown (with the experiences), missing, and not in the library, and a summary drafted
 * from the linked experiences only.
 */
export function PostingMatches({ postingId }: { postingId: string }) {
  const matches = useMatches(postingId);
  const links = useLinks(postingId);
  const toggle = useToggleLink(postingId);
  const draft = useDraftSummary(postingId);
  const [summary, setSummary] = useState<TailoredSummary | null>(null);
  const linked = new Set(links.data?.items.map((link) => link.experienceId));
  const titleOf = (id: string) => matches.data?.experiences.find((experience) => experience.id === id)?.title ?? 'an experience';
  if (matches.error) return <QueryError error={matches.error} onRetry={() => matches.refetch()} what="the matches" />;
  if (!matches.data) return <Loader size="sm" />;
  const { experiences, shown, shownBy, missing, notInLibrary } = matches.data;
  const absent = new Set(notInLibrary);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3}>Skills the posting asks for</Title>
        {shown.length + missing.length === 0 ? <Text c="dimmed">No skills could be read from this posting.</Text> : null}
        {shown.map((skill) => (
          <Group key={skill} gap="xs" data-testid="skill-shown">
            <Badge color="green" variant="light">
              {skill}
            </Badge>
            <Text size="sm" c="dimmed">
              shown by {(shownBy[skill] ?? []).map(titleOf).join('; ')}
            </Text>
          </Group>
        ))}
        {missing.map((skill) => (
          <Group key={skill} gap="xs" data-testid="skill-missing">
            <Badge color={absent.has(skill) ? 'gray' : 'orange'} variant="light">
              {skill}
            </Badge>
            <Text size="sm" c="dimmed">
              {absent.has(skill) ? 'Not in your library: add it only if it is true.' : 'In your library, but no experience shows it yet.'}
            </Text>
          </Group>
        ))}
      </Stack>

      <Stack gap="xs">
        <Title order={3}>Your experiences, best match first</Title>
        <QueryError error={links.error} onRetry={() => links.refetch()} what="the linked experiences" />
        <FormError error={toggle.error} />
        {experiences.length === 0 ? <Text c="dimmed">Your library has no experiences yet.</Text> : null}
        {experiences.map((experience) => (
          <Card key={experience.id} withBorder radius="md" padding="sm" data-testid="match-experience">
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600}>{experience.title}</Text>
              <Badge variant="light" aria-label={`Match score ${experience.score} of 100`}>
                {experience.score}
              </Badge>
            </Group>
            <Progress value={experience.score} size="xs" my={4} aria-hidden />
            <Text size="sm" c="dimmed">
              {experience.why}
            </Text>
            <Checkbox
              mt="xs"
              label="Use for this posting"
              checked={linked.has(experience.id)}
              disabled={toggle.isPending || !links.data}
              onChange={(event) => toggle.mutate({ experienceId: experience.id, linked: event.currentTarget.checked })}
            />
          </Card>
        ))}
      </Stack>

      <Stack gap="xs">
        <Title order={3}>Summary for this posting</Title>
        <Text size="sm" c="dimmed">
          Drafted from the experiences you chose above, in your own words: nothing is added that they do not say.
        </Text>
        <Button w="fit-content" variant="light" disabled={linked.size === 0} loading={draft.isPending} onClick={() => draft.mutate(undefined, { onSuccess: setSummary })}>
          Draft summary
        </Button>
        <FormError error={draft.error} />
        {summary ? (
          <Alert variant="light" data-testid="tailored-summary">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {summary.summary}
            </Text>
          </Alert>
        ) : null}
      </Stack>
    </Stack>
  );
}

import { Card, List, Loader, Stack, Text } from '@mantine/core';
import { useBriefing } from '#web/features/interviews/hooks/use-room.ts';
import { QueryError } from '#web/ui/query-error.tsx';

/** The interviewer's briefing: what fits, the gaps and claims to probe (each tied to a CV line), the match. */
export function RoomBriefing({ interviewId }: { interviewId: string }) {
  const briefing = useBriefing(interviewId, true);
  const brief = briefing.data?.brief;
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="room-briefing">
      <Text fw={600} mb="xs">
        Briefing
      </Text>
      <QueryError error={briefing.error} onRetry={() => briefing.refetch()} what="the briefing" />
      {briefing.isPending ? <Loader size="sm" aria-label="Writing the briefing" /> : null}
      {briefing.data?.unavailable ? (
        <Text size="sm" c="dimmed">
          {briefing.data.unavailable}
        </Text>
      ) : null}
      {brief ? (
        <Stack gap="sm">
          <Text size="sm">{brief.candidateSummary}</Text>
          <Text size="sm">
            Match {brief.match.score}/100{brief.match.missing.length > 0 ? ` · missing: ${brief.match.missing.join(', ')}` : ''}
          </Text>
          {brief.strengths.length > 0 ? (
            <div>
              <Text size="sm" fw={600}>
                What fits
              </Text>
              <List size="sm" spacing={4}>
                {brief.strengths.map((strength, index) => (
                  <List.Item key={`${index}-${strength.text}`}>
                    {strength.text}
                    {strength.quote ? <Text span size="xs" c="dimmed" fs="italic">{` CV: “${strength.quote}”`}</Text> : null}
                  </List.Item>
                ))}
              </List>
            </div>
          ) : null}
          {brief.concerns.length > 0 ? (
            <div>
              <Text size="sm" fw={600}>
                To probe
              </Text>
              <List size="sm" spacing={4}>
                {brief.concerns.map((concern, index) => (
                  <List.Item key={`${index}-${concern.text}`}>{concern.text}</List.Item>
                ))}
              </List>
            </div>
          ) : null}
        </Stack>
      ) : null}
    </Card>
  );
}

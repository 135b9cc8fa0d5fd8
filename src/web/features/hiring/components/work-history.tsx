import { List, Text, Timeline } from '@mantine/core';
import type { ResumeWork } from '#shared/ai/resume.ts';
import { formatResumePeriod } from '#web/features/hiring/format-resume-date.ts';

export function WorkHistory({ work }: { work: readonly ResumeWork[] }) {
  if (work.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No work history was found in this CV.
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="work-history">
      {work.map((entry, index) => (
        <Timeline.Item key={`${entry.name}-${entry.position}-${index}`} title={[entry.position, entry.name].filter(Boolean).join(' · ') || 'Position'}>
          <Text size="xs" c="dimmed">
            {[formatResumePeriod(entry.startDate, entry.endDate), entry.location].filter(Boolean).join(' · ')}
          </Text>
          {entry.summary ? <Text size="sm">{entry.summary}</Text> : null}
          {entry.highlights && entry.highlights.length > 0 ? (
            <List size="sm" spacing={2} mt={4}>
              {entry.highlights.map((highlight) => (
                <List.Item key={highlight}>{highlight}</List.Item>
              ))}
            </List>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

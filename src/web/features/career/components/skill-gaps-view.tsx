import { Anchor, Badge, Group, Loader, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { Suspense, useState } from 'react';
import { Link } from 'react-router';
import type { SkillGap } from '#shared/contracts/career-stories.ts';
import { BarChart } from '#web/ui/lazy-charts.ts';

export const practiseHref = (skill: string) => `/practice/new?${new URLSearchParams([['skill', skill]]).toString()}`;
export const storyHref = (skill: string) => `/career/conversations?${new URLSearchParams([['topic', `A time I used ${skill}`]]).toString()}`;

/** The ranked gaps as a bar chart (target postings asking, split missing / below your level) or a table with actions. */
export function SkillGapsView({ gaps }: { gaps: SkillGap[] }) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  if (gaps.length === 0) return <Text c="dimmed">No gaps: your library has every skill your targets ask for, at the level they ask.</Text>;
  const rows = gaps.slice(0, 15).map((gap) => ({ skill: gap.skill, missing: gap.status === 'missing' ? gap.jobCount : 0, below: gap.status === 'below' ? gap.jobCount : 0 }));
  return (
    <Stack gap="sm">
      <SegmentedControl
        w="fit-content"
        value={view}
        onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
        data={[
          { value: 'chart', label: 'Chart and table' },
          { value: 'table', label: 'Table only' },
        ]}
      />
      {view === 'chart' ? (
        <Suspense fallback={<Loader size="sm" aria-label="Loading the chart" />}>
          <Text size="sm" c="dimmed">
            Target postings that ask for each skill, highest priority first.
          </Text>
          <BarChart
            h={Math.max(160, rows.length * 32)}
            data={rows}
            dataKey="skill"
            orientation="vertical"
            type="stacked"
            yAxisProps={{ width: 140 }}
            series={[
              { name: 'missing', label: 'Missing from your library', color: 'red.6' },
              { name: 'below', label: 'Below the level asked', color: 'yellow.6' },
            ]}
            withLegend
          />
        </Suspense>
      ) : null}
      <Table striped withTableBorder data-testid="skill-gaps-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Skill</Table.Th>
            <Table.Th>Gap</Table.Th>
            <Table.Th>Asked by</Table.Th>
            <Table.Th>Priority</Table.Th>
            <Table.Th>Next</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {gaps.map((gap) => (
            <Table.Tr key={gap.skill}>
              <Table.Td>{gap.skill}</Table.Td>
              <Table.Td>
                {gap.status === 'missing' ? (
                  <Badge color="red" variant="light">
                    missing
                  </Badge>
                ) : (
                  <Badge color="yellow" variant="light">
                    {gap.yourLevel} → {gap.askedLevel}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {gap.jobCount} posting{gap.jobCount === 1 ? '' : 's'}
                {gap.requiredCount > 0 ? ` (${gap.requiredCount} must-have)` : ''}
              </Table.Td>
              <Table.Td>{gap.priority}</Table.Td>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Anchor component={Link} to={practiseHref(gap.skill)} size="sm" aria-label={`Practise ${gap.skill}`}>
                    Practise this
                  </Anchor>
                  <Anchor component={Link} to={storyHref(gap.skill)} size="sm" aria-label={`Add an experience that shows ${gap.skill}`}>
                    Add an experience that shows it
                  </Anchor>
                </Group>
                {gap.nextSteps.length > 0 ? (
                  <Text size="xs" c="dimmed">
                    {gap.nextSteps.join(' · ')}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

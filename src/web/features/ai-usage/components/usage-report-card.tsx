import { Alert, Button, Card, Group, Loader, SegmentedControl, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { Suspense, useMemo, useState } from 'react';
import { downloadCsv } from '#web/ui/download-csv.ts';
import { SectionCardHeader } from '#web/ui/section-card-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import type { UsageOwner } from '#web/features/ai-usage/api/ai-usage-api.ts';
import { useUsageReport } from '#web/features/ai-usage/hooks/use-ai-usage.ts';
import { lastDays, sumUsage, callsPerDay, usageCsv } from '#web/features/ai-usage/usage-summary.ts';
import { BarChart } from '#web/ui/lazy-charts.ts';
import { LatencyTable } from './latency-table.tsx';

const periods = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
];

const numberFormat = new Intl.NumberFormat();
const usd = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' });

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={`usage-${label.toLowerCase().replaceAll(' ', '-')}`}>
        {value}
      </Text>
    </Stack>
  );
}

/** AI calls of one owner over a period: totals, calls per day as a chart or a table, and a CSV download. */
export function UsageReportCard({ owner, title, description }: { owner: UsageOwner; title: string; description: string }) {
  const [days, setDays] = useState('30');
  const range = useMemo(() => lastDays(Number(days)), [days]);
  const report = useUsageReport(owner, range);
  const rows = report.data?.rows ?? [];
  const totals = sumUsage(rows);

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="usage-report">
      <Stack gap="md">
        <SectionCardHeader
          title={title}
          description={description}
          action={
            <SegmentedControl size="xs" data={periods} value={days} onChange={setDays} aria-label="Period" />
          }
        />
        <QueryError error={report.error} onRetry={() => report.refetch()} what="AI usage" />
        {report.isPending ? <Loader size="sm" aria-label="Loading AI usage" /> : null}
        {report.data ? (
          <>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Figure label="Calls" value={numberFormat.format(totals.calls)} />
              <Figure label="Tokens" value={numberFormat.format(totals.tokens)} />
              <Figure label="Estimated cost" value={usd.format(totals.costUsd)} />
              <Figure label="Offline fallbacks" value={numberFormat.format(totals.fallbacks)} />
            </SimpleGrid>
            {report.data.unpricedModels.length > 0 ? (
              <Alert color="yellow" variant="light">
                No price is set for {report.data.unpricedModels.join(', ')}: their cost counts as $0. An administrator sets prices in the ai.model-prices setting.
              </Alert>
            ) : null}
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="usage-empty">
                No AI calls in this period.
              </Text>
            ) : (
              <Tabs defaultValue="chart" keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="chart">Chart</Tabs.Tab>
                  <Tabs.Tab value="table">Table</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="chart" pt="md">
                  <Suspense fallback={<Loader size="sm" aria-label="Loading the chart" />}>
                    <BarChart
                      h={240}
                      data={callsPerDay(rows)}
                      dataKey="day"
                      type="stacked"
                      series={[
                        { name: 'model', label: 'Answered by a model', color: 'indigo.6' },
                        { name: 'offline', label: 'Answered offline', color: 'teal.6' },
                      ]}
                      withLegend
                      yAxisProps={{ allowDecimals: false }}
                      valueFormatter={(value) => numberFormat.format(value)}
                    />
                  </Suspense>
                </Tabs.Panel>
                <Tabs.Panel value="table" pt="md">
                  <Table.ScrollContainer minWidth={680}>
                    <Table striped data-testid="usage-table">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>Day</Table.Th>
                          <Table.Th>Model</Table.Th>
                          <Table.Th ta="right">Calls</Table.Th>
                          <Table.Th ta="right">Tokens in / out</Table.Th>
                          <Table.Th ta="right">Cost</Table.Th>
                          <Table.Th ta="right">Fallbacks</Table.Th>
                          <Table.Th ta="right">Latency median / p95</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {rows.map((row) => (
                          <Table.Tr key={`${row.day}-${row.provider ?? ''}-${row.model ?? ''}`}>
                            <Table.Td>{row.day}</Table.Td>
                            <Table.Td>{row.model ? `${row.model} (${row.provider ?? ''})` : 'Offline engine'}</Table.Td>
                            <Table.Td ta="right">{numberFormat.format(row.calls)}</Table.Td>
                            <Table.Td ta="right">
                              {numberFormat.format(row.inputTokens)} / {numberFormat.format(row.outputTokens)}
                            </Table.Td>
                            <Table.Td ta="right">{usd.format(row.costUsd)}</Table.Td>
                            <Table.Td ta="right">{numberFormat.format(row.fallbacks)}</Table.Td>
                            <Table.Td ta="right" data-testid="usage-latency">
                              {numberFormat.format(row.latencyMedianMs)} / {numberFormat.format(row.latencyP95Ms)} ms
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                  <LatencyTable latency={report.data.latency} />
                </Tabs.Panel>
              </Tabs>
            )}
            <Group>
              <Button variant="light" size="xs" disabled={rows.length === 0} onClick={() => downloadCsv(usageCsv(rows), `ai-usage-${range.from}-to-${range.to}.csv`)}>
                Download CSV
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

import { Button, Card, Loader, Stack, Table, Tabs, Text } from '@mantine/core';
import { Suspense } from 'react';
import type { AnalyticsRange } from '#shared/contracts/analytics.ts';
import { analyticsCsv, csvFileName, type AnalyticsColumn } from '#web/features/analytics/analytics-table.ts';
import { downloadCsv } from '#web/ui/download-csv.ts';
import { SectionCardHeader } from '#web/ui/section-card-header.tsx';
import { BarChart, LineChart } from '#web/ui/lazy-charts.ts';

export type ChartSeries = { name: string; label: string; color: string };

type ChartCardProps<Row> = {
  /** Names the card, its table and its CSV file in tests and downloads. */
  id: string;
  title: string;
  description: string;
  rows: readonly Row[];
  /** The first column is the chart's axis; the series are the rows' numeric fields. */
  columns: readonly AnalyticsColumn<Row>[];
  dataKey: string;
  series: readonly ChartSeries[];
  kind?: 'bar' | 'line';
  range: AnalyticsRange;
  empty: string;
};

const numberFormat = new Intl.NumberFormat();
const shown = (value: ReturnType<AnalyticsColumn<unknown>['value']>) => (value === null || value === undefined ? '—' : typeof value === 'number' ? numberFormat.format(value) : value);

/** One figure over a period: a chart, the same figures as a table, and a CSV download of the table. */
export function ChartCard<Row extends object>({ id, title, description, rows, columns, dataKey, series, kind = 'bar', range, empty }: ChartCardProps<Row>) {
  const data = rows as unknown as Record<string, unknown>[];
  const chartProps = { h: 240, data, dataKey, series: [...series], withLegend: series.length > 1, yAxisProps: { allowDecimals: false }, valueFormatter: (value: number) => numberFormat.format(value) };
  return (
    <Card withBorder radius="lg" padding="lg" data-testid={`analytics-${id}`}>
      <Stack gap="md">
        <SectionCardHeader
          title={title}
          description={description}
          action={
            <Button variant="light" size="xs" disabled={rows.length === 0} onClick={() => downloadCsv(analyticsCsv(columns, rows), csvFileName(id, range))}>
              Download CSV
            </Button>
          }
        />
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <Tabs defaultValue="chart" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="chart">Chart</Tabs.Tab>
              <Tabs.Tab value="table">Table</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="chart" pt="md">
              <Suspense fallback={<Loader size="sm" aria-label="Loading the chart" />}>
                {kind === 'line' ? <LineChart {...chartProps} /> : <BarChart {...chartProps} />}
              </Suspense>
            </Tabs.Panel>
            <Tabs.Panel value="table" pt="md">
              <Table.ScrollContainer minWidth={480}>
                <Table striped data-testid={`analytics-${id}-table`}>
                  <Table.Thead>
                    <Table.Tr>
                      {columns.map((column, index) => (
                        <Table.Th key={column.label} ta={index === 0 ? undefined : 'right'}>
                          {column.label}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row, rowIndex) => (
                      <Table.Tr key={rowIndex}>
                        {columns.map((column, index) => (
                          <Table.Td key={column.label} ta={index === 0 ? undefined : 'right'}>
                            {shown(column.value(row))}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Tabs.Panel>
          </Tabs>
        )}
      </Stack>
    </Card>
  );
}

import { Table, Text } from '@mantine/core';
import type { ModelLatency } from '#shared/contracts/ai-usage.ts';

const numberFormat = new Intl.NumberFormat();

/** How long each provider and model's calls took over the whole period: the median and the slowest 5 %. */
export function LatencyTable({ latency }: { latency: readonly ModelLatency[] }) {
  return (
    <>
      <Text size="sm" fw={600} mt="md">
        Latency by model over the period
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table striped data-testid="latency-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Model</Table.Th>
              <Table.Th ta="right">Calls</Table.Th>
              <Table.Th ta="right">Median</Table.Th>
              <Table.Th ta="right">95th percentile</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {latency.map((row) => (
              <Table.Tr key={`${row.provider ?? ''}-${row.model ?? ''}`}>
                <Table.Td>{row.model ? `${row.model} (${row.provider ?? ''})` : row.provider ? `Offline engine (after ${row.provider})` : 'Offline engine'}</Table.Td>
                <Table.Td ta="right">{numberFormat.format(row.calls)}</Table.Td>
                <Table.Td ta="right">{numberFormat.format(row.latencyMedianMs)} ms</Table.Td>
                <Table.Td ta="right">{numberFormat.format(row.latencyP95Ms)} ms</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

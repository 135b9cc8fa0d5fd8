import { Button, Group } from '@mantine/core';
import { exportUrl, type CandidateFilter } from '../api/candidates-api.ts';

/** The ranking as shown (same filters, blind screening respected) as a spreadsheet download. */
export function ExportButtons({ jobId, filter }: { jobId: string; filter: CandidateFilter }) {
  return (
    <Group gap="xs">
      <Button component="a" variant="default" href={exportUrl(jobId, filter, 'csv')} download>
        Export CSV
      </Button>
      <Button component="a" variant="default" href={exportUrl(jobId, filter, 'xlsx')} download>
        Export Excel
      </Button>
    </Group>
  );
}

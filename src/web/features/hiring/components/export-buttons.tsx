import { Button, Group } from '@mantine/core';
import { exportUrl, type RankingView } from '#web/features/hiring/api/candidates-api.ts';

/** The whole ranking as shown (every page, same filters and order, blind screening respected) as a spreadsheet download. */
export function ExportButtons({ jobId, view }: { jobId: string; view: RankingView }) {
  return (
    <Group gap="xs">
      <Button component="a" variant="default" href={exportUrl(jobId, view, 'csv')} download>
        Export CSV
      </Button>
      <Button component="a" variant="default" href={exportUrl(jobId, view, 'xlsx')} download>
        Export Excel
      </Button>
    </Group>
  );
}

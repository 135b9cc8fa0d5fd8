import { Group, Pagination, Text } from '@mantine/core';

type Props = {
  page: number;
  pageSize: number;
  /** Every item of the list, on all pages (the server counts them). */
  total: number;
  onChange: (page: number) => void;
  /** What is counted, singular and plural: ['candidate', 'candidates']. */
  what: readonly [one: string, many: string];
};

/** How much of a list a page shows ("21–40 of 57 candidates") and the controls to move between pages (decision 012). */
export function PageControls({ page, pageSize, total, onChange, what }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const noun = total === 1 ? what[0] : what[1];
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm" data-testid="page-controls">
      <Text size="xs" c="dimmed" data-testid="page-total">
        {pages > 1 ? `${first}–${last} of ${total} ${noun}` : `${total} ${noun}`}
      </Text>
      {pages > 1 ? <Pagination total={pages} value={Math.min(page, pages)} onChange={onChange} size="sm" /> : null}
    </Group>
  );
}

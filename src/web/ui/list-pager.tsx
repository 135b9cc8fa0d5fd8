import { Group, Pagination, Text } from '@mantine/core';

/**
 * Under a paginated list (decision 012): how many items there are in all, and page controls when they fill more
 * than one page. `noun` is the singular and plural of what is counted.
 */
export function ListPager({
  total,
  page,
  pageSize,
  onChange,
  noun,
}: {
  total: number;
  page: number;
  pageSize: number;
  onChange: (page: number) => void;
  noun: readonly [singular: string, plural: string];
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" gap="sm">
      <Text size="xs" c="dimmed" data-testid="list-total">
        {total} {total === 1 ? noun[0] : noun[1]}
      </Text>
      {pages > 1 ? <Pagination total={pages} value={Math.min(page, pages)} onChange={onChange} size="sm" /> : null}
    </Group>
  );
}

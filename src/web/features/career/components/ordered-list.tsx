import { ActionIcon, Button, Card, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormError } from '#web/ui/form-error.tsx';
import { PageControls } from '#web/ui/page-controls.tsx';
import { QueryError } from '#web/ui/query-error.tsx';

type Props<Item extends { id: string }> = {
  what: readonly [one: string, many: string];
  query: { data?: { items: Item[]; total: number }; error: Error | null; isPending: boolean; refetch: () => unknown };
  search: string;
  onSearch: (q: string) => void;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  renderItem: (item: Item) => ReactNode;
  onEdit: (item: Item) => void;
  onDelete: (item: Item) => void;
  /** The page's ids in their new order. */
  onReorder: (ids: string[]) => void;
  changeError: Error | null;
  empty: ReactNode;
};

/** One list of the library: search, the user's order (moved with buttons, so the keyboard can do it), edit and delete. */
export function OrderedList<Item extends { id: string }>(props: Props<Item>) {
  const items = props.query.data?.items ?? [];
  const move = (index: number, by: -1 | 1) => {
    const ids = items.map((item) => item.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    props.onReorder(ids);
  };
  return (
    <Stack gap="sm">
      <TextInput label={`Search ${props.what[1]}`} placeholder="Words in a title, a description, a skill" value={props.search} onChange={(event) => props.onSearch(event.currentTarget.value)} maw={420} />
      <QueryError error={props.query.error} onRetry={() => props.query.refetch()} what={`your ${props.what[1]}`} />
      <FormError error={props.changeError} />
      {props.query.isPending ? <Loader size="sm" /> : null}
      {props.query.data?.total === 0 ? <Text c="dimmed" size="sm">{props.search ? `No ${props.what[1]} match “${props.search}”.` : props.empty}</Text> : null}
      {items.map((item, index) => (
        <Card key={item.id} withBorder radius="md" padding="sm" data-testid={`${props.what[0]}-row`}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div style={{ flex: 1, minWidth: 0 }}>{props.renderItem(item)}</div>
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="subtle" aria-label={`Move up`} disabled={index === 0} onClick={() => move(index, -1)}>
                ↑
              </ActionIcon>
              <ActionIcon variant="subtle" aria-label={`Move down`} disabled={index === items.length - 1} onClick={() => move(index, 1)}>
                ↓
              </ActionIcon>
              <Button size="compact-sm" variant="subtle" onClick={() => props.onEdit(item)}>
                Edit
              </Button>
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => props.onDelete(item)}>
                Delete
              </Button>
            </Group>
          </Group>
        </Card>
      ))}
      {props.query.data && props.query.data.total > props.pageSize ? (
        <PageControls page={props.page} pageSize={props.pageSize} total={props.query.data.total} onChange={props.onPage} what={props.what} />
      ) : null}
    </Stack>
  );
}

/** A date range as people read it on a CV: "Mar 2021 – present". */
export function formatRange(start: string | null, end: string | null): string {
  const month = (value: string) => new Date(`${value}T00:00:00Z`).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (!start && !end) return '';
  return `${start ? month(start) : '?'} – ${end ? month(end) : 'present'}`;
}

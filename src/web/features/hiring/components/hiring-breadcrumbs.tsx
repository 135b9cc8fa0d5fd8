import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'react-router';

export type Crumb = { label: string; to?: string };

/** Where a hiring page sits: Hiring › job › candidate. The last crumb is the page itself. */
export function HiringBreadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <Breadcrumbs mb="xs" separatorMargin={6}>
      {items.map((item) =>
        item.to ? (
          <Anchor key={item.label} component={Link} to={item.to} size="sm">
            {item.label}
          </Anchor>
        ) : (
          <Text key={item.label} size="sm" c="dimmed">
            {item.label}
          </Text>
        ),
      )}
    </Breadcrumbs>
  );
}

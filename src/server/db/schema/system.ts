import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { createdAt, primaryId, updatedAt } from './columns.ts';

/** Installation-wide settings an administrator changes at run time (seed 003 system_settings). */
export const systemSettings = pgTable(
  'system_settings',
  {
    id: primaryId(),
    key: text('key').notNull().unique(),
    value: text('value').notNull(),
    description: text('description'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('system_settings_updated_by_idx').on(table.updatedBy)],
);

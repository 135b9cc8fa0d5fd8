import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { systemSettings } from '#server/db/schema/index.ts';

export type StoredSettingRow = { key: string; value: string; updatedAt: Date; updatedBy: string | null };

const columns = { key: systemSettings.key, value: systemSettings.value, updatedAt: systemSettings.updatedAt, updatedBy: systemSettings.updatedBy };

export async function findStoredSetting(db: Db, key: string): Promise<StoredSettingRow | undefined> {
  const [row] = await db.select(columns).from(systemSettings).where(eq(systemSettings.key, key));
  return row;
}

export async function findStoredSettings(db: Db, keys: string[]): Promise<StoredSettingRow[]> {
  if (keys.length === 0) return [];
  return db.select(columns).from(systemSettings).where(inArray(systemSettings.key, keys)).orderBy(asc(systemSettings.key));
}

/** Stores a value (JSON text), creating the row or replacing it; returns the value stored before, if any. */
export async function upsertSetting(db: Db, row: { key: string; value: string; description: string; updatedBy: string; at: Date }): Promise<void> {
  await db
    .insert(systemSettings)
    .values({ key: row.key, value: row.value, description: row.description, updatedBy: row.updatedBy, createdAt: row.at, updatedAt: row.at })
    .onConflictDoUpdate({ target: systemSettings.key, set: { value: row.value, description: row.description, updatedBy: row.updatedBy, updatedAt: row.at } });
}

/** Locks one setting's row (or its absence) for the rest of the transaction, so two changes are recorded in order. */
export async function lockSetting(db: Db, key: string): Promise<StoredSettingRow | undefined> {
  const [row] = await db.select(columns).from(systemSettings).where(eq(systemSettings.key, key)).for('update');
  return row;
}

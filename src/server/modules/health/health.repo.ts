import { sql } from 'drizzle-orm';
import { hasVectorExtension, type Db } from '#server/db/client.ts';

/** Asks the database for the simplest answer, and whether it has pgvector; throws when it does not answer. */
export async function probeDatabase(db: Db): Promise<{ vector: boolean }> {
  await db.execute(sql`select 1`);
  return { vector: await hasVectorExtension(db) };
}

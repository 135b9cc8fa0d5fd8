import { sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';

/**
 * Waits for this process's turn at the start-up recovery of hiring work, and holds it until `transaction` ends:
 * processes starting together take turns, and each sees what the one before it queued.
 */
export async function waitForRecoveryTurn(transaction: Db): Promise<void> {
  await transaction.execute(sql`select pg_advisory_xact_lock(hashtext('parley.hiring.recover'))`);
}

import type { Db } from '#server/db/client.ts';
import { authorizeAdmin, type Caller } from '#server/platform/access/index.ts';
import type { AuditPage, ListAuditQuery } from '#shared/contracts/audit.ts';
import { toPage } from '#shared/contracts/common.ts';
import { findAuditPage } from './audit.repo.ts';

/** The audit log, newest first, filtered by action or actor (administrators). */
export async function listAudit(deps: { db: Db }, caller: Caller, query: ListAuditQuery): Promise<AuditPage> {
  authorizeAdmin(caller);
  const { rows, total } = await findAuditPage(deps.db, {
    ...query,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  });
  return toPage(
    rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    total,
    query,
  );
}

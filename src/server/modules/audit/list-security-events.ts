import type { Db } from '#server/db/client.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { SecurityEventPage } from '#shared/contracts/audit.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { AuditAction } from '#shared/vocabulary.ts';
import { findSecurityEventPage } from './audit.repo.ts';

/**
 * The caller's own security events, newest first (Settings → Security): what they did and what was done to their
 * account. The address is shown only for what they did themselves (an administrator's or an attacker's stays private).
 */
export async function listSecurityEvents(deps: { db: Db }, caller: Caller, query: PageQuery): Promise<SecurityEventPage> {
  const { rows, total } = await findSecurityEventPage(deps.db, { userId: caller.userId, ...query });
  return toPage(
    rows.map((row) => {
      const byYou = row.actorId === caller.userId;
      return { at: row.at.toISOString(), action: row.action as AuditAction, ip: byYou ? row.ip : null, byYou };
    }),
    total,
    query,
  );
}

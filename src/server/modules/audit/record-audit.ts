import type { Db } from '#server/db/client.ts';
import type { AuditAction } from '#shared/vocabulary.ts';
import { insertAuditEvent } from './audit.repo.ts';

/** Where a request came from, as the audit log keeps it. */
export type RequestOrigin = { ip: string | null };

/**
 * Records one audit event (decision 016). `details` must never hold a secret: names, ids, setting values and reasons
 * only — never a password, an API key, a token or a code. Pass a transaction to record it with the change it describes.
 */
export async function recordAudit(
  db: Db,
  event: { actorId: string | null; action: AuditAction; origin: RequestOrigin; target?: string | null; details?: Record<string, unknown>; at: Date },
): Promise<void> {
  await insertAuditEvent(db, {
    actorId: event.actorId,
    action: event.action,
    ip: event.origin.ip,
    target: event.target ?? null,
    at: event.at,
    ...(event.details ? { details: event.details } : {}),
  });
}

import type { Db } from '#server/db/client.ts';
import { auditEvents } from '#server/db/schema/index.ts';
import type { AuditAction } from '#shared/vocabulary.ts';

export type AuditEventInput = {
  actorId: string | null;
  action: AuditAction;
  ip: string | null;
  target: string | null;
  details?: Record<string, unknown>;
  at: Date;
};

export async function insertAuditEvent(db: Db, event: AuditEventInput): Promise<void> {
  await db.insert(auditEvents).values({ ...event, details: event.details ?? null });
}

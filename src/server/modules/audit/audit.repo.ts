import { and, count, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
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

export type AuditFilter = { action?: string | undefined; actorId?: string | undefined; from?: Date | undefined; to?: Date | undefined };

/** One page of audit events, newest first, optionally of one action, one actor and a time range; with the count of all matches. */
export async function findAuditPage(db: Db, query: AuditFilter & { limit: number; offset: number }) {
  const conditions: SQL[] = [];
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.actorId) conditions.push(eq(auditEvents.actorId, query.actorId));
  if (query.from) conditions.push(gte(auditEvents.at, query.from));
  if (query.to) conditions.push(lt(auditEvents.at, query.to));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const rows = await db
    .select({ at: auditEvents.at, actorId: auditEvents.actorId, action: auditEvents.action, ip: auditEvents.ip, target: auditEvents.target })
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(auditEvents).where(where);
  return { rows, total: total?.value ?? 0 };
}

/** One page of the events of one user's account, newest first: what they did, and what was done to it (target `user:<id>`). */
export async function findSecurityEventPage(db: Db, query: { userId: string; limit: number; offset: number }) {
  const where = or(eq(auditEvents.actorId, query.userId), eq(auditEvents.target, `user:${query.userId}`));
  const rows = await db
    .select({ at: auditEvents.at, actorId: auditEvents.actorId, action: auditEvents.action, ip: auditEvents.ip })
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(auditEvents).where(where);
  return { rows, total: total?.value ?? 0 };
}

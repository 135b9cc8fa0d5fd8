import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { careerConversationMessages, careerConversations, experiences } from '#server/db/schema/index.ts';
import type { CareerConversationStatus, CareerMessageRole } from '#shared/vocabulary.ts';

export type ConversationRow = typeof careerConversations.$inferSelect;
export type MessageRow = typeof careerConversationMessages.$inferSelect;

const summaryColumns = {
  id: careerConversations.id,
  title: careerConversations.title,
  status: careerConversations.status,
  updatedAt: careerConversations.updatedAt,
  messageCount: sql<number>`(select count(*) from "career_conversation_messages" where "conversation_id" = "career_conversations"."id" and "role" <> 'system')::int`,
  experienceId: sql<string | null>`(select "id" from "experiences" where "conversation_id" = "career_conversations"."id" order by "created_at" desc limit 1)`,
};
export type ConversationSummaryRow = { id: string; title: string | null; status: CareerConversationStatus; updatedAt: Date; messageCount: number; experienceId: string | null };

export async function insertConversation(db: Db, userId: string, title: string): Promise<ConversationRow> {
  const [row] = await db.insert(careerConversations).values({ userId, title }).returning();
  if (!row) throw new Error('insert into career_conversations returned nothing');
  return row;
}

/** The user's conversations, the latest touched first. */
export async function findConversationPage(db: Db, query: { userId: string; limit: number; offset: number }) {
  const where = eq(careerConversations.userId, query.userId);
  const rows: ConversationSummaryRow[] = await db
    .select(summaryColumns)
    .from(careerConversations)
    .where(where)
    .orderBy(desc(careerConversations.updatedAt), asc(careerConversations.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ value: count() }).from(careerConversations).where(where);
  return { rows, total: total?.value ?? 0 };
}

export async function findConversation(db: Db, userId: string, conversationId: string): Promise<ConversationSummaryRow | undefined> {
  const [row] = await db
    .select(summaryColumns)
    .from(careerConversations)
    .where(and(eq(careerConversations.userId, userId), eq(careerConversations.id, conversationId)));
  return row;
}

export async function findMessages(db: Db, conversationId: string): Promise<MessageRow[]> {
  return db
    .select()
    .from(careerConversationMessages)
    .where(eq(careerConversationMessages.conversationId, conversationId))
    .orderBy(asc(careerConversationMessages.createdAt), asc(careerConversationMessages.id));
}

/** Stamped with the database's running clock (not the transaction's start), so messages keep the order they were written in. */
export async function insertMessage(db: Db, message: { conversationId: string; role: CareerMessageRole; content: string; metadata?: Record<string, unknown> }): Promise<void> {
  await db.insert(careerConversationMessages).values({ ...message, createdAt: sql`clock_timestamp()` });
}

/** Marks the conversation touched (and completed, with the proposal's title, when the story is told). */
export async function touchConversation(db: Db, conversationId: string, changes: { status?: CareerConversationStatus; experienceSummary?: string }): Promise<void> {
  await db
    .update(careerConversations)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(careerConversations.id, conversationId));
}

/** Whether an experience came from a conversation (to keep a second save from making a duplicate). */
export async function countExperiencesOf(db: Db, conversationId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(experiences).where(eq(experiences.conversationId, conversationId));
  return row?.value ?? 0;
}

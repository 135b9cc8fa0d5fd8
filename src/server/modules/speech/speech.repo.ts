import { eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { userPreferences } from '#server/db/schema/index.ts';

/** Whether the user switched on the offline rough draft (user_preferences.offline_speech; no row: off). */
export async function findOfflineSpeechOptIn(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ offlineSpeech: userPreferences.offlineSpeech }).from(userPreferences).where(eq(userPreferences.userId, userId));
  return row?.offlineSpeech ?? false;
}

export async function saveOfflineSpeechOptIn(db: Db, userId: string, enabled: boolean): Promise<void> {
  await db
    .insert(userPreferences)
    .values({ userId, offlineSpeech: enabled })
    .onConflictDoUpdate({ target: userPreferences.userId, set: { offlineSpeech: enabled } });
}

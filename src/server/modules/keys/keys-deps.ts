import type { Db } from '#server/db/client.ts';
import type { OutboundGuard } from '#server/platform/outbound/index.ts';

/**
 * What the keys services need: the database, the server secret that seals the keys, the clock, and the outbound guard
 * that checks a key's base URL when it is stored and calls it when it is tested (decision 015).
 */
export type KeysDeps = { db: Db; serverSecret: string; now: () => Date; outbound: Pick<OutboundGuard, 'checkUrl' | 'fetch'> };

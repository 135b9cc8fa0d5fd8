import type { Db } from '#server/db/client.ts';
import { deleteExpiredCounters, findCounter, incrementCounter } from './limit-counters.repo.ts';

type Result = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Result) => void;

/** One sweep of expired counters in about this many increments, so the table stays small without a timer. */
const sweepEvery = 200;

/**
 * A store for @fastify/rate-limit on PostgreSQL (decision 037): every process behind a load balancer counts in the same
 * `limit_counters` rows, so a limit of 20 a minute is 20 for the installation, not 20 per process. Each route's
 * counters are kept apart by a prefix of its method and URL, as the plugin's Redis store does.
 */
export function createSharedLimitStore(deps: { db: Db; now: () => Date }) {
  class SharedLimitStore {
    constructor(
      _options?: unknown,
      private readonly prefix = 'rate:',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = deps.now();
      incrementCounter(deps.db, `${this.prefix}${key}`, timeWindow, now)
        .then(async (row) => {
          if (Math.floor(Math.random() * sweepEvery) === 0) await deleteExpiredCounters(deps.db, now);
          callback(null, { current: row.count, ttl: Math.max(0, row.expiresAt.getTime() - now.getTime()) });
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    }

    read(key: string, callback: Callback): void {
      const now = deps.now();
      findCounter(deps.db, `${this.prefix}${key}`, now)
        .then((row) => callback(null, { current: row?.count ?? 0, ttl: row ? row.expiresAt.getTime() - now.getTime() : 0 }))
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    }

    /** The plugin passes the route's merged limit options, with the route itself under `routeInfo` (its typings say otherwise). */
    child(routeOptions: object): SharedLimitStore {
      const route = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      const method = [route?.method ?? ''].flat().join(',');
      return new SharedLimitStore(undefined, `${this.prefix}${method}${route?.url ?? ''}:`);
    }
  }
  return SharedLimitStore;
}

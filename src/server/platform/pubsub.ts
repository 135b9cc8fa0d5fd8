import pg from 'pg';
import type { Database } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';

export type Unlisten = () => Promise<void>;

/**
 * PostgreSQL's LISTEN/NOTIFY as the one way processes hear of each other's changes (decision 028). A writer announces
 * with `pg_notify(channel, payload)` inside its transaction, so the message goes out exactly when the change commits
 * (and never for a rollback); every process listening on the channel hears it, the writer's own included.
 *
 * On a server each process holds one dedicated connection for LISTEN, opened with the first listener, closed with the
 * last, and opened again (listening again) when it drops. On PGlite the one process is the only listener and PGlite
 * delivers the notification in-process after the commit.
 */
export type PubSub = {
  listen(channel: string, handler: (payload: string) => void): Promise<Unlisten>;
};

const reconnectDelayMs = 1000;

export function createPubSub(database: Database, log: Logger): PubSub {
  if (database.pglite) {
    const pglite = database.pglite;
    return {
      async listen(channel, handler) {
        const unlisten = await pglite.listen(channel, handler);
        return async () => {
          if (!pglite.closed) await unlisten();
        };
      },
    };
  }
  const pool = database.pool;
  if (!pool) throw new Error('createPubSub: the database has neither PGlite nor a pool');
  return createServerPubSub(pool, log);
}

function createServerPubSub(pool: pg.Pool, log: Logger): PubSub {
  const handlers = new Map<string, Set<(payload: string) => void>>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;

  const quote = (channel: string) => `"${channel.replaceAll('"', '""')}"`;

  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({ ...pool.options, application_name: `${String(pool.options.application_name ?? 'parley')} listen` });
    next.on('notification', (message) => {
      for (const handler of handlers.get(message.channel) ?? []) {
        try {
          handler(message.payload ?? '');
        } catch (error) {
          log.error({ err: error, channel: message.channel }, 'a listener failed');
        }
      }
    });
    next.on('error', (error) => {
      log.warn({ err: error }, 'the LISTEN connection failed; listening again shortly');
      if (client === next) client = undefined;
      next.end().catch(() => undefined);
      scheduleReconnect();
    });
    await next.connect();
    for (const channel of handlers.keys()) await next.query(`listen ${quote(channel)}`);
    return next;
  }

  function scheduleReconnect() {
    if (reconnectTimer || handlers.size === 0) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      if (handlers.size === 0 || client || connecting) return;
      void ensureClient().catch((error: unknown) => {
        log.warn({ err: error }, 'cannot listen again yet');
        scheduleReconnect();
      });
    }, reconnectDelayMs);
    reconnectTimer.unref();
  }

  async function ensureClient(): Promise<pg.Client> {
    if (client) return client;
    connecting ??= connect().finally(() => (connecting = undefined));
    client = await connecting;
    return client;
  }

  return {
    async listen(channel, handler) {
      const first = !handlers.has(channel);
      const set = handlers.get(channel) ?? new Set();
      set.add(handler);
      handlers.set(channel, set);
      const wasConnected = client !== undefined;
      const active = await ensureClient();
      // A fresh connection listens on every channel as it connects; an open one needs to hear of a new channel.
      if (first && wasConnected) await active.query(`listen ${quote(channel)}`);
      return async () => {
        set.delete(handler);
        if (set.size > 0) return;
        handlers.delete(channel);
        if (handlers.size > 0) {
          await client?.query(`unlisten ${quote(channel)}`).catch(() => undefined);
          return;
        }
        const closing = client;
        client = undefined;
        if (reconnectTimer) clearTimeout(reconnectTimer);
        reconnectTimer = undefined;
        await closing?.end().catch(() => undefined);
      };
    },
  };
}

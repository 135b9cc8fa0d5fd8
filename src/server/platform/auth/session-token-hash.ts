import { createHash } from 'node:crypto';
import type { drizzleAdapter } from 'better-auth/adapters/drizzle';

/**
 * What the `sessions.token` column holds for a session token: its SHA-256 (hex). A token is 32 random characters, so a
 * fast hash leaves nothing to guess, and the lookup stays one indexed equality; a copy of the database holds no token a
 * browser could present (decision 058).
 */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

type AdapterFactory = ReturnType<typeof drizzleAdapter>;
type Adapter = ReturnType<AdapterFactory>;
type Where = { field: string; value: unknown; operator?: string };
type Row = Record<string, unknown>;

const isSessionModel = (model: string) => model === 'session' || model === 'sessions';

/** Hashes the token values a session query names, and remembers each hash's token to give it back in the rows. */
function hashWhere(model: string, where: Where[] | undefined, tokens: Map<string, string>): Where[] | undefined {
  if (!where || !isSessionModel(model)) return where;
  return where.map((clause) => {
    if (clause.field !== 'token') return clause;
    const hash = (value: unknown) => {
      if (typeof value !== 'string') return value;
      const hashed = hashSessionToken(value);
      tokens.set(hashed, value);
      return hashed;
    };
    return { ...clause, value: Array.isArray(clause.value) ? clause.value.map(hash) : hash(clause.value) };
  });
}

/** A row read by its token carries the token again (better-auth signs it into the cookie it sets on a refresh). */
function restore<T>(row: T, tokens: Map<string, string>): T {
  if (!row || typeof row !== 'object') return row;
  const token = (row as Row).token;
  return typeof token === 'string' && tokens.has(token) ? ({ ...row, token: tokens.get(token) }) : row;
}

function hashData(model: string, data: Row, tokens: Map<string, string>): Row {
  if (!isSessionModel(model) || typeof data.token !== 'string') return data;
  const hashed = hashSessionToken(data.token);
  tokens.set(hashed, data.token);
  return { ...data, token: hashed };
}

function wrap(adapter: Adapter): Adapter {
  return {
    ...adapter,
    create: async (args) => {
      const tokens = new Map<string, string>();
      return restore(await adapter.create({ ...args, data: hashData(args.model, args.data as Row, tokens) as typeof args.data }), tokens);
    },
    findOne: async (args) => {
      const tokens = new Map<string, string>();
      return restore(await adapter.findOne({ ...args, where: hashWhere(args.model, args.where, tokens) as typeof args.where }), tokens);
    },
    findMany: async <T>(args: Parameters<Adapter['findMany']>[0]) => {
      const tokens = new Map<string, string>();
      const rows = await adapter.findMany<T>({ ...args, where: hashWhere(args.model, args.where, tokens) as typeof args.where });
      return rows.map((row) => restore(row, tokens));
    },
    count: (args) => adapter.count({ ...args, where: hashWhere(args.model, args.where, new Map()) as typeof args.where }),
    update: async (args) => {
      const tokens = new Map<string, string>();
      const where = hashWhere(args.model, args.where, tokens) as typeof args.where;
      return restore(await adapter.update({ ...args, where, update: hashData(args.model, args.update as Row, tokens) as typeof args.update }), tokens);
    },
    updateMany: (args) => {
      const tokens = new Map<string, string>();
      const where = hashWhere(args.model, args.where, tokens) as typeof args.where;
      return adapter.updateMany({ ...args, where, update: hashData(args.model, args.update as Row, tokens) as typeof args.update });
    },
    delete: (args) => adapter.delete({ ...args, where: hashWhere(args.model, args.where, new Map()) as typeof args.where }),
    deleteMany: (args) => adapter.deleteMany({ ...args, where: hashWhere(args.model, args.where, new Map()) as typeof args.where }),
    transaction: (callback) => adapter.transaction((inner) => callback(wrap(inner as Adapter) as typeof inner)),
  };
}

/**
 * better-auth's database adapter with session tokens stored as their hash: every token a session query names (create,
 * find, update, delete; `eq` or `in`) is hashed on the way in, and a row found by its token gets the token back on the
 * way out, so better-auth's own code (cookies, refresh, sign-out) sees the token as before. better-auth has no option
 * for this (its `verification.storeIdentifier: 'hashed'` covers reset and verification tokens only).
 */
export function withHashedSessionTokens(factory: AdapterFactory): AdapterFactory {
  return (options) => wrap(factory(options));
}

import type { Db } from './client.ts';

/**
 * A query a hot path runs on every request, built once per database (or transaction) instead of on every call, and
 * named, so on PostgreSQL each pooled connection parses and plans it once (decision 056). Only for queries whose shape
 * never changes: values go in as `sql.placeholder(name)`.
 */
export function preparedPerDatabase<Query>(build: (db: Db) => Query): (db: Db) => Query {
  const built = new WeakMap<Db, Query>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}

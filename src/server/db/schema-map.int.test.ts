import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import seedDigest from '#tests/fixtures/seed-tables.json' with { type: 'json' };
import { parseSchemaMap, type MapRow } from '#tests/support/schema-map.ts';
import { seedUserWithEverything } from '#tests/support/seed-user-with-everything.ts';
import { createTestDatabase } from '#tests/support/test-database.ts';
import { hasVectorExtension, selectRows, type Database } from './client.ts';
import * as schema from './schema/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const mapMarkdown = fs.readFileSync(path.join(root, 'docs/schema-map.md'), 'utf8');
const mapRows = parseSchemaMap(mapMarkdown);

/**
 * What each seed file defines. The seeds live outside the repository; tests/fixtures/seed-tables.json is their digest
 * (made by scripts/digest-seeds.ts). A digest that silently lost a table fails here rather than passing vacuously.
 */
const seeds: Record<string, { table: string; columns: string[] }[]> = seedDigest;
const expectedSeedTables: Record<string, string[]> = {
  '000-live-interview-copilot.md': ['interviews', 'interview_notes', 'tokens'],
  '001-voice-mock-interviewer.md': ['users', 'user_api_keys', 'interviews', 'feedback'],
  '002-practice-platform.md': ['users', 'profiles', 'cv_uploads', 'interview_sessions', 'interview_questions', 'interview_answers', 'ai_feedback'],
  '003-recruiting-platform.md': [
    'users', 'candidates', 'cv_batches', 'interviews', 'interview_reminders', 'jobs', 'resumes_raw', 'resume_entities', 'notifications',
    'support_tickets', 'ticket_comments', 'user_sessions', 'user_preferences', 'user_analytics', 'agent_usage_stats', 'system_settings',
  ],
  '004-career-assistant.md': [
    'users', 'user_token', 'employment', 'education', 'experience', 'skill', 'experience_skill', 'job_posting', 'job_application',
    'job_experience', 'conversation', 'conversation_message', 'skill_analysis',
  ],
};

describe('docs/schema-map.md against the seeds', () => {
  const seedFiles = Object.keys(seeds).sort();

  it('knows every seed file', () => {
    expect(seedFiles).toEqual(Object.keys(expectedSeedTables).sort());
  });

  it.each(seedFiles)('lists every table and column of %s', (file) => {
    const tables = seeds[file] ?? [];
    expect(tables.map((t) => t.table).sort()).toEqual([...(expectedSeedTables[file] ?? [])].sort());
    for (const table of tables) expect(table.columns.length, `${file} ${table.table}`).toBeGreaterThan(0);

    const seedKeys = tables.flatMap((t) => t.columns.map((column) => `${t.table}.${column}`));
    const mapKeys = mapRows.filter((row) => row.seedFile === file).map((row) => `${row.seedTable}.${row.seedColumn}`);
    expect(seedKeys.filter((key) => !mapKeys.includes(key)), 'seed columns missing from the map').toEqual([]);
    expect(mapKeys.filter((key) => !seedKeys.includes(key)), 'map rows naming no seed column').toEqual([]);
    expect(new Set(mapKeys).size, 'duplicate map rows').toBe(mapKeys.length);
  });

  it('gives a reason for every seed column it merges away or drops', () => {
    const unexplained = mapRows.filter((row) => row.parley.length === 0 && row.note.length < 10);
    expect(unexplained.map(describeRow)).toEqual([]);
    expect(mapRows.filter((row) => row.parley.length === 0).length).toBeGreaterThan(0);
  });
});

describe('the migrated database against docs/schema-map.md', () => {
  let database: Database;
  let columns: Set<string>;
  let tables: Set<string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const rows = await selectRows<{ table_name: string; column_name: string }>(
      database.db,
      sql`select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    columns = new Set(rows.map((row) => `${row.table_name}.${row.column_name}`));
    tables = new Set(rows.map((row) => row.table_name));
  });
  afterAll(async () => {
    await database.close();
  });

  it('has every column the map promises', () => {
    const promised = mapRows.flatMap((row) => row.parley.map((target) => ({ target, row })));
    expect(promised.length).toBeGreaterThan(400);
    expect(promised.filter(({ target }) => !columns.has(target)).map(({ target, row }) => `${target} (for ${describeRow(row)})`)).toEqual([]);
  });

  it('matches the Drizzle schema exactly (the migrations were regenerated after the last schema edit)', () => {
    const declared = (Object.values(schema) as unknown[])
      .filter((value): value is PgTable => is(value, PgTable))
      .flatMap((table) => {
        const config = getTableConfig(table);
        return config.columns.map((column) => `${config.name}.${column.name}`);
      });
    const vectorColumns = ['jobs.embedding_vec', 'candidates.embedding_vec']; // added by sql/vector-support.sql, not by Drizzle
    expect(declared.filter((column) => !columns.has(column)), 'declared but not migrated').toEqual([]);
    expect([...columns].filter((column) => !declared.includes(column) && !vectorColumns.includes(column)), 'migrated but not declared').toEqual([]);
  });

  it('lists exactly the tables that exist in the "Tables by capability" section', () => {
    const section = mapMarkdown.split(/^## Tables by capability.*$/m)[1]?.split(/^## /m)[0] ?? '';
    const listed = [...section.matchAll(/^\| `[\w-]+\.ts` \| (.+) \|$/gm)].flatMap((match) => match[1]!.split(',').map((t) => t.trim()));
    expect(listed.sort()).toEqual([...tables].sort());
  });

  it('keys every table by a uuid: random by default, or the owning user id for 1:1 tables', async () => {
    const rows = await selectRows<{ table_name: string; column_name: string; data_type: string; column_default: string | null; is_user_fk: boolean }>(
      database.db,
      sql`select c.table_name, c.column_name, c.data_type, c.column_default,
                 exists (select 1 from information_schema.referential_constraints rc
                         join information_schema.key_column_usage fk on fk.constraint_name = rc.constraint_name and fk.table_name = c.table_name
                         join information_schema.constraint_column_usage pk on pk.constraint_name = rc.unique_constraint_name
                         where fk.column_name = c.column_name and pk.table_name = 'users' and pk.column_name = 'id') as is_user_fk
          from information_schema.table_constraints tc
          join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name and k.table_name = tc.table_name
          join information_schema.columns c on c.table_name = k.table_name and c.column_name = k.column_name and c.table_schema = 'public'
          where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY'`,
    );
    expect(new Set(rows.map((row) => row.table_name))).toEqual(tables);
    expect(rows.length, 'one primary-key column per table').toBe(tables.size);
    const bad = rows.filter((row) => row.data_type !== 'uuid' || !(row.column_default?.includes('gen_random_uuid()') || row.is_user_fk));
    expect(bad.map((row) => `${row.table_name}.${row.column_name} ${row.data_type} ${row.column_default}`)).toEqual([]);
  });

  it('stores every timestamp with its time zone', async () => {
    const rows = await selectRows<{ col: string }>(
      database.db,
      sql`select table_name || '.' || column_name as col from information_schema.columns
          where table_schema = 'public' and data_type = 'timestamp without time zone'`,
    );
    expect(rows.map((row) => row.col)).toEqual([]);
    expect(columns.has('users.created_at')).toBe(true);
  });

  it('indexes every foreign key column (as the leading column of some index)', async () => {
    const rows = await selectRows<{ fk: string }>(
      database.db,
      sql`select con.conrelid::regclass::text || '.' || att.attname as fk
          from pg_constraint con
          join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
          where con.contype = 'f' and con.connamespace = 'public'::regnamespace
            and not exists (select 1 from pg_index i where i.indrelid = con.conrelid and i.indkey[0] = con.conkey[1])`,
    );
    expect(rows.map((row) => row.fk).sort()).toEqual([]);
  });

  it('adds vector columns exactly where pgvector is installed', async () => {
    const vector = await hasVectorExtension(database.db);
    expect(database.kind === 'pglite' ? vector : true).toBe(true); // PGlite always ships pgvector
    expect(columns.has('jobs.embedding_vec')).toBe(vector);
    expect(columns.has('candidates.embedding_vec')).toBe(vector);
    expect(columns.has('jobs.embedding') && columns.has('candidates.embedding')).toBe(true);
  });

  it('rejects values outside a CHECK list and a credential with two owners', async () => {
    const { userId, workspaceId } = await seedUserWithEverything(database.db, 'checks@example.com');
    const secret = { ciphertext: 'c', nonce: 'n', salt: 's', authTag: 't' };
    expect(await violatedConstraint(database.db.insert(schema.practiceSessions).values({ userId, status: 'paused' as never }))).toBe(
      'practice_sessions_status_check',
    );
    expect(await violatedConstraint(database.db.insert(schema.providerCredentials).values({ userId, workspaceId, provider: 'deepgram', ...secret }))).toBe(
      'provider_credentials_one_owner_check',
    );
    expect(await violatedConstraint(database.db.insert(schema.providerCredentials).values({ userId, provider: 'openai', ...secret }))).toBe(
      'provider_credentials_user_provider_unique',
    );
    await database.db.insert(schema.providerCredentials).values({ workspaceId, provider: 'openai', ...secret }); // a workspace key beside the user's
  });

  it('deletes everything a user owns with the user, and keeps anonymous analytics', async () => {
    const owned = await seedUserWithEverything(database.db, 'owner@example.com');
    const other = await seedUserWithEverything(database.db, 'bystander@example.com');
    const before = await countRows(database, owned.rows);
    const notOwned = ['verifications', 'system_settings', 'analytics_events', 'ai_usage', 'audit_events', 'limit_counters', 'installation_snapshots'];
    expect(Object.keys(before).sort(), 'the fixture covers every table a user can own').toEqual([...tables].filter((t) => !notOwned.includes(t)).sort());
    expect(Object.entries(before).filter(([, count]) => count !== 1)).toEqual([]);

    await database.db.delete(schema.users).where(eq(schema.users.id, owned.userId));

    const after = await countRows(database, owned.rows);
    expect(Object.entries(after).filter(([, count]) => count !== 0)).toEqual([]);
    const [event] = await database.db.select().from(schema.analyticsEvents).where(eq(schema.analyticsEvents.id, owned.analyticsEventId));
    expect(event?.userId).toBeNull();
    const untouched = await countRows(database, other.rows);
    expect(Object.entries(untouched).filter(([, count]) => count !== 1)).toEqual([]);
  });
});

async function countRows(database: Database, keys: Record<string, [string, string]>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, [column, value]] of Object.entries(keys)) {
    const query = sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${value}`;
    const rows = await selectRows<{ n: number }>(database.db, query);
    counts[table] = rows[0]?.n ?? -1;
  }
  return counts;
}

/** The constraint a failed statement names, from PostgreSQL's message (both drivers wrap it as the error's cause). */
async function violatedConstraint(statement: PromiseLike<unknown>): Promise<string | undefined> {
  try {
    await statement;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return /constraint "([\w]+)"/.exec(cause?.message ?? String(error))?.[1];
  }
  return undefined;
}

function describeRow(row: MapRow): string {
  return `${row.seedFile} ${row.seedTable}.${row.seedColumn}`;
}

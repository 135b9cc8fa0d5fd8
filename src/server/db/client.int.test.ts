import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, selectRows } from './client.ts';

describe('a PGlite data folder', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-client-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is created on the first open (initdb in a child process) and keeps what was written when reopened', async () => {
    const first = await openDatabase({ dataDir });
    expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    await first.db.execute(sql`create table kept (value text)`);
    await first.db.execute(sql`insert into kept values ('still here')`);
    await first.close();

    const reopened = await openDatabase({ dataDir });
    try {
      expect(await selectRows<{ value: string }>(reopened.db, sql`select value from kept`)).toEqual([{ value: 'still here' }]);
    } finally {
      await reopened.close();
    }
  });
});

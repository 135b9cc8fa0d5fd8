import pg from 'pg';

export function templateDatabaseName(): string {
  return `parley_template_${process.pid}`;
}

/** Runs one statement (CREATE/DROP DATABASE) on the server named by url, outside any pool. */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

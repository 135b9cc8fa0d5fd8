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

/**
 * CREATE DATABASE name TEMPLATE template, waiting its turn: PostgreSQL copies a template for one session at a time and
 * refuses the others with "source database is being accessed by other users" (55006), so test files that start
 * together on the server retry until the copy before theirs is done.
 */
export async function copyTemplateDatabase(url: string, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(url, `create database ${name} template ${template}`);
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code === '55006';
      if (!busy || attempt >= 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 250));
    }
  }
}

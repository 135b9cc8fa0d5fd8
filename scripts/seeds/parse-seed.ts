/**
 * Readers for the five seed schemas, written in three notations (Mermaid erDiagram, column tables, CREATE TABLE and
 * prose). Used only by scripts/digest-seeds.ts, a maintainer tool: the application and its tests read the digest.
 */
export type SeedTable = { table: string; columns: string[] };

/** Picks the reader by the notation the file uses. */
export function parseSeed(markdown: string): SeedTable[] {
  if (markdown.includes('erDiagram')) return parseMermaid(markdown);
  if (/^\| Column \|/m.test(markdown)) return parseColumnTables(markdown);
  if (/CREATE TABLE/i.test(markdown)) return merge(parseCreateTables(markdown), parseProseTables(markdown));
  return parseStructureBullets(markdown);
}

/** Mermaid erDiagram entity blocks: `name {` then lines `type column [PK|FK|UK]`. */
export function parseMermaid(markdown: string): SeedTable[] {
  const tables: SeedTable[] = [];
  let current: SeedTable | undefined;
  for (const line of markdown.split('\n').map((l) => l.trim())) {
    const open = /^(\w+)\s*\{$/.exec(line);
    if (open) {
      current = { table: open[1]!, columns: [] };
      tables.push(current);
    } else if (line === '}') {
      current = undefined;
    } else if (current) {
      const column = /^\w+\s+(\w+)/.exec(line);
      if (column) current.columns.push(column[1]!);
    }
  }
  return tables;
}

/** `### name` headings each followed by a markdown table whose rows start with a backticked column name. */
export function parseColumnTables(markdown: string): SeedTable[] {
  const tables: SeedTable[] = [];
  let heading: string | undefined;
  for (const line of markdown.split('\n')) {
    const h = /^###\s+`?(\w+)`?\s*$/.exec(line);
    if (h) heading = h[1];
    else if (/^#{1,3}\s/.test(line)) heading = undefined;
    const row = /^\|\s*`(\w+)`\s*\|/.exec(line);
    if (row && heading) columnsOf(tables, heading).push(row[1]!);
  }
  return tables;
}

/** `CREATE TABLE [schema.]name (...)` blocks; each line inside that starts with an identifier is a column. */
export function parseCreateTables(markdown: string): SeedTable[] {
  const tables: SeedTable[] = [];
  const constraintWords = new Set(['primary', 'foreign', 'unique', 'constraint', 'check']);
  for (const match of markdown.matchAll(/CREATE TABLE\s+(?:\w+\.)?(\w+)\s*\(([\s\S]*?)\n\);/gi)) {
    const columns = columnsOf(tables, match[1]!);
    for (const line of match[2]!.split('\n')) {
      const column = /^\s*(\w+)\s+\w+/.exec(line)?.[1];
      if (column && !constraintWords.has(column.toLowerCase())) columns.push(column);
    }
  }
  return tables;
}

/** Prose sections `## N. name Table` with bullets `- **column** (TYPE…)` (seed 002 documents auth users only so). */
export function parseProseTables(markdown: string): SeedTable[] {
  const tables: SeedTable[] = [];
  let heading: string | undefined;
  for (const line of markdown.split('\n')) {
    const h = /^##\s+\d+\.\s+(\w+)\s+Table/.exec(line);
    if (h) heading = h[1];
    else if (/^##\s/.test(line)) heading = undefined;
    const bullet = /^-\s+\*\*(\w+)\*\*\s+\(/.exec(line);
    if (bullet && heading) columnsOf(tables, heading).push(bullet[1]!);
  }
  return tables;
}

/** `### N. \`[public.]name\`` sections whose bullets start with one or more backticked columns: `- \`a\`, \`b\` (TYPE)`. */
export function parseStructureBullets(markdown: string): SeedTable[] {
  const tables: SeedTable[] = [];
  let heading: string | undefined;
  for (const line of markdown.split('\n')) {
    const h = /^###\s+\d+\.\s+`(?:\w+\.)?(\w+)`/.exec(line);
    if (h) heading = h[1];
    else if (/^#{1,3}\s/.test(line)) heading = undefined;
    const bullet = /^-\s+((?:`\w+`(?:,\s*)?)+)\s*\(/.exec(line);
    if (bullet && heading) {
      const columns = columnsOf(tables, heading);
      for (const name of bullet[1]!.matchAll(/`(\w+)`/g)) columns.push(name[1]!);
    }
  }
  return tables;
}

/** Rows of every `| seed table | seed column | parley | note |` table, under `## … \`NNN-name.md\`` headings. */
function columnsOf(tables: SeedTable[], table: string): string[] {
  let found = tables.find((t) => t.table === table);
  if (!found) {
    found = { table, columns: [] };
    tables.push(found);
  }
  return found.columns;
}

function merge(...lists: SeedTable[][]): SeedTable[] {
  const tables: SeedTable[] = [];
  for (const table of lists.flat()) {
    const columns = columnsOf(tables, table.table);
    for (const column of table.columns) if (!columns.includes(column)) columns.push(column);
  }
  return tables;
}

/** A reader for docs/schema-map.md, so a test can hold the map to the seed digest and to the migrated database. */
export type MapRow = { seedFile: string; seedTable: string; seedColumn: string; parley: string[]; note: string };

/** Every row of the per-seed tables: seed table, seed column, the Parley column(s) it lives in (— for none), a note. */
export function parseSchemaMap(markdown: string): MapRow[] {
  const rows: MapRow[] = [];
  let seedFile: string | undefined;
  for (const line of markdown.split('\n')) {
    const h = /^##\s.*`(\d{3}-[\w-]+\.md)`/.exec(line);
    if (h) seedFile = h[1];
    else if (/^##\s/.test(line)) seedFile = undefined;
    if (!seedFile || !line.startsWith('|')) continue;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length !== 4 || cells[0] === 'seed table' || /^-+$/.test(cells[0]!)) continue;
    const [seedTable, seedColumn, parley, note] = cells.map((cell) => cell.replaceAll('`', '')) as [string, string, string, string];
    const targets = parley === '—' ? [] : parley.split(',').map((target) => target.trim());
    rows.push({ seedFile, seedTable, seedColumn, parley: targets, note });
  }
  return rows;
}

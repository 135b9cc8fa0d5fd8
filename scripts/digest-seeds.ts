/**
 * Writes tests/fixtures/seed-tables.json: every table and column of the five seed designs, which the schema-map test
 * holds docs/schema-map.md to. The seeds live outside this repository, so the digest is made here, by a maintainer who
 * has them, and committed; nothing else reads the seed files.
 *
 *   npx tsx scripts/digest-seeds.ts SEEDS_DIR            write the digest
 *   npx tsx scripts/digest-seeds.ts SEEDS_DIR --check    exit 1 when the committed digest differs from the seeds
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseSeed } from './seeds/parse-seed.ts';

const [seedsArg, flag] = process.argv.slice(2);
if (!seedsArg || (flag && flag !== '--check')) {
  console.error('usage: npx tsx scripts/digest-seeds.ts SEEDS_DIR [--check]');
  process.exit(2);
}
const seedsDir = path.resolve(seedsArg);
const digestPath = path.resolve(import.meta.dirname, '../tests/fixtures/seed-tables.json');

const files = fs.readdirSync(seedsDir).filter((file) => file.endsWith('.md')).sort();
if (files.length === 0) {
  console.error(`no seed files (*.md) in ${seedsDir}`);
  process.exit(2);
}
const digest: Record<string, { table: string; columns: string[] }[]> = {};
for (const file of files) {
  const tables = parseSeed(fs.readFileSync(path.join(seedsDir, file), 'utf8'));
  const empty = tables.filter((table) => table.columns.length === 0).map((table) => table.table);
  if (tables.length === 0 || empty.length > 0) {
    console.error(`${file}: the reader found ${tables.length} tables${empty.length ? `, none of whose columns for ${empty.join(', ')}` : ''}; fix scripts/seeds/parse-seed.ts`);
    process.exit(1);
  }
  digest[file] = tables;
}
const text = `${JSON.stringify(digest, null, 2)}\n`;
if (flag === '--check') {
  const committed = fs.existsSync(digestPath) ? fs.readFileSync(digestPath, 'utf8') : '';
  if (committed !== text) {
    console.error(`${path.relative(process.cwd(), digestPath)} is out of date with ${seedsDir}: run npx tsx scripts/digest-seeds.ts ${seedsArg}`);
    process.exit(1);
  }
  console.log(`seed digest is current (${files.length} files, ${Object.values(digest).flat().length} tables)`);
} else {
  fs.writeFileSync(digestPath, text);
  console.log(`wrote ${path.relative(process.cwd(), digestPath)}: ${files.length} files, ${Object.values(digest).flat().length} tables`);
}

/**
 * Builds assets/taxonomy/occupations.json from O*NET's occupation data (code, title, description), the vocabulary the
 * offline matcher infers a job's and a resume's occupation from (src/server/ai/offline/match/occupation-index.ts).
 * A maintainer's step, like scripts/build-taxonomy.ts: the output is committed and the app never reads the source file.
 * Run: npx tsx scripts/build-occupations.ts DATA_DIR   (a folder with onet/occupation-data.tsv, see NOTICE)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { occupationsPath } from '#server/ai/offline/match/occupation-index.ts';

const dataArg = process.argv[2];
if (!dataArg) {
  console.error('usage: npx tsx scripts/build-occupations.ts DATA_DIR   (the folder holding onet/occupation-data.tsv)');
  process.exit(2);
}
const rows = readFileSync(resolve(dataArg, 'onet/occupation-data.tsv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split('\t'))
  .filter(([code, title, description]) => code && title && description)
  .map(([code = '', title = '', description = '']) => [code, title.trim(), description.trim()]);
writeFileSync(occupationsPath, `{"source":"O*NET 28.2 occupation data (CC BY 4.0), see NOTICE","occupations":[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`);
console.log(`wrote ${occupationsPath}: ${rows.length} occupations`);

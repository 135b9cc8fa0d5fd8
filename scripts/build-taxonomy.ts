/**
 * Builds assets/taxonomy/skills.json from O*NET's technology list and ESCO's skill labels.
 * A maintainer's step, optional: the output (assets/taxonomy) is committed and the app never reads the source files.
 * Run: npx tsx scripts/build-taxonomy.ts DATA_DIR   (a folder with onet/ and esco/ as described in NOTICE) Debian's `wamerican` word list
 * (/usr/share/dict/words), when installed, sharpens which short product names count as ordinary words.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { serializeDictionary } from '#server/ai/offline/skills/dictionary-file.ts';
import { buildDefaultDictionary, curatedSkills, taxonomyPath } from '#server/ai/offline/skills/load-taxonomy.ts';
import { phraseKey } from '#server/ai/offline/skills/skill-dictionary.ts';
import { toTerms } from '#server/ai/offline/text/terms.ts';
import { idfPath } from '#server/ai/offline/text/tfidf-similarity.ts';
import { buildEscoSkills } from './taxonomy/esco-skills.ts';
import { buildOnetSkills } from './taxonomy/onet-skills.ts';

const dataArg = process.argv[2];
if (!dataArg) {
  console.error('usage: npx tsx scripts/build-taxonomy.ts DATA_DIR   (the folder holding onet/ and esco/)');
  process.exit(2);
}
const dataDir = resolve(dataArg);

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/);
}

// Ordinary English: compromise's lexicon, the system word list's lower-case words, and O*NET's occupation descriptions.
const lexicon = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
const common = new Set(Object.keys(lexicon));
const wordList = '/usr/share/dict/words';
if (existsSync(wordList)) for (const word of readLines(wordList)) if (/^\p{Ll}+$/u.test(word)) common.add(word);
for (const line of readLines(resolve(dataDir, 'onet/occupation-data.tsv')).slice(1)) {
  for (const word of line.toLowerCase().match(/\p{L}+/gu) ?? []) common.add(word);
}

const curated = curatedSkills();
const curatedByKey = new Map<string, string>();
for (const skill of curated) {
  for (const form of [skill.name, ...skill.aliases]) curatedByKey.set(phraseKey(form.replace(/^=/, '')), skill.name);
}

const onetNames = [...new Set(readLines(resolve(dataDir, 'onet/technology-skills.tsv')).slice(1).map((line) => line.split('\t')[1] ?? ''))]
  .filter(Boolean)
  .sort();
const onet = buildOnetSkills(onetNames, common, (form) => curatedByKey.get(phraseKey(form)));

const known = new Set(curatedByKey.keys());
for (const skill of onet) for (const form of [skill.name, ...skill.aliases]) known.add(phraseKey(form.replace(/^[=~]/, '')));
const escoLabels = readLines(resolve(dataDir, 'esco/skills-en-preferred-labels.txt')).filter(Boolean);
const esco = buildEscoSkills(escoLabels, (form) => known.has(phraseKey(form)));

const dictionary = buildDefaultDictionary([...onet, ...esco]);
writeFileSync(taxonomyPath, `${JSON.stringify(serializeDictionary(dictionary)).replace(/\],\[/g, '],\n[')}\n`);
console.log(`wrote ${taxonomyPath}: ${onet.length} O*NET and ${esco.length} ESCO skills, ${dictionary.entries.size} names`);

// Document frequencies for TF-IDF text similarity: one document per occupation (title, description, its tools).
const toolsByOccupation = new Map<string, string[]>();
for (const line of readLines(resolve(dataDir, 'onet/technology-skills.tsv')).slice(1)) {
  const [code = '', tool = ''] = line.split('\t');
  toolsByOccupation.set(code, [...(toolsByOccupation.get(code) ?? []), tool]);
}
const df: Record<string, number> = {};
let documents = 0;
for (const line of readLines(resolve(dataDir, 'onet/occupation-data.tsv')).slice(1)) {
  const [code = '', title = '', description = ''] = line.split('\t');
  if (!code) continue;
  documents += 1;
  for (const term of new Set(toTerms([title, description, ...(toolsByOccupation.get(code) ?? [])].join(' ')))) df[term] = (df[term] ?? 0) + 1;
}
writeFileSync(idfPath, `${JSON.stringify({ documents, df })}\n`);
console.log(`wrote ${idfPath}: ${Object.keys(df).length} terms over ${documents} occupations`);

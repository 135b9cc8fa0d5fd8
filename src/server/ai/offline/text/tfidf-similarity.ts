import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toTerms } from './terms.ts';

/** Inverse document frequencies from O*NET's occupations (built by scripts/build-taxonomy.ts). */
export type IdfTable = { documents: number; idf: ReadonlyMap<string, number>; unseen: number };

export const idfPath = fileURLToPath(new URL('../../../../../assets/taxonomy/idf.json', import.meta.url));

/** Reads the shipped table; without it every term weighs the same (plain term-frequency cosine). */
export function readIdfTable(path: string = idfPath): IdfTable {
  if (!existsSync(path)) return { documents: 0, idf: new Map(), unseen: 1 };
  const file = JSON.parse(readFileSync(path, 'utf8')) as { documents: number; df: Record<string, number> };
  const idf = new Map<string, number>();
  for (const [term, df] of Object.entries(file.df)) idf.set(term, Math.log((file.documents + 1) / (df + 1)) + 1);
  return { documents: file.documents, idf, unseen: Math.log(file.documents + 1) + 1 };
}

// Process-wide immutable data (listed in docs/architecture.md, "The AI engine"): the shipped IDF table, read once on
// first use and never changed (a ReadonlyMap).
let cached: IdfTable | undefined;

export function loadIdfTable(): IdfTable {
  cached ??= readIdfTable();
  return cached;
}

/** A TF-IDF vector with sub-linear term frequency (1 + log tf), so a word repeated ten times does not dominate. */
export function toTfidfVector(text: string, table: IdfTable): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of toTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const vector = new Map<string, number>();
  for (const [term, count] of counts) vector.set(term, (1 + Math.log(count)) * (table.idf.get(term) ?? table.unseen));
  return vector;
}

export function cosineSimilarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, weight] of a) {
    normA += weight * weight;
    const other = b.get(term);
    if (other !== undefined) dot += weight * other;
  }
  for (const weight of b.values()) normB += weight * weight;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toTerms } from '#server/ai/offline/text/terms.ts';
import { curatedOccupationTitles, managedFamilies } from './curated-occupation-titles.ts';

/** O*NET's occupations (code, title, description), built by scripts/build-occupations.ts. */
export const occupationsPath = fileURLToPath(new URL('../../../../../assets/taxonomy/occupations.json', import.meta.url));

export type Occupation = { code: string; title: string; family: string };
type SparseVector = ReadonlyMap<string, number>;
type Posting = { doc: number; weight: number };

/** Postings of unit-length TF-IDF vectors: the dot product with a query is a cosine, computed only where terms meet. */
type VectorIndex = { postings: ReadonlyMap<string, readonly Posting[]>; owner: readonly number[] };

export type OccupationIndex = {
  occupations: readonly Occupation[];
  /** IDF of a term within the occupations' titles and descriptions (tools left out: "software" names no occupation). */
  idf: ReadonlyMap<string, number>;
  unseen: number;
  /** One document per title variant (O*NET's title and the project's alternate titles), owned by its occupation. */
  titles: VectorIndex;
  /** One document per occupation: its title and description. */
  duties: VectorIndex;
};

/** Abbreviations a title uses for words O*NET spells out. */
const expansions: Record<string, string> = {
  hr: 'human resources', it: 'information technology', qa: 'quality assurance', ap: 'accounts payable', ar: 'accounts receivable',
  sr: '', jr: '', mgr: 'manager', asst: 'assistant', engr: 'engineer', dev: 'developer', rh: 'ressources humaines', sw: 'software',
};

/** Title words as terms: abbreviations spelt out, level words ("Senior", "II") left to the seniority check. */
export function titleTerms(text: string): string[] {
  const spelt = text.replace(/\b(hr|it|qa|ap|ar|sr|jr|mgr|asst|engr|dev|rh|sw)\b\.?/gi, (word) => expansions[word.toLowerCase().replace('.', '')] ?? word);
  return toTerms(spelt).filter((term) => !/^(senior|junior|lead|principal|ii|iii|iv|trainee|intern)$/.test(term));
}

/** The occupation family: the SOC minor group ("13-20"), a manager read as the family it manages. */
export function familyOf(code: string): string {
  return managedFamilies[code.slice(0, 7)] ?? managedFamilies[code.slice(0, 5)] ?? code.slice(0, 5);
}

function weigh(terms: readonly string[], idf: ReadonlyMap<string, number>, unseen: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * (idf.get(term) ?? unseen);
    vector.set(term, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  for (const [term, weight] of vector) vector.set(term, length === 0 ? 0 : weight / length);
  return vector;
}

function indexVectors(vectors: readonly SparseVector[], owner: readonly number[]): VectorIndex {
  const postings = new Map<string, Posting[]>();
  vectors.forEach((vector, doc) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? [];
      list.push({ doc, weight });
      postings.set(term, list);
    }
  });
  return { postings, owner };
}

/** Builds the index from occupation rows ([code, title, description]); exported for tests with a small table. */
export function buildOccupationIndex(rows: readonly (readonly [string, string, string])[]): OccupationIndex {
  const occupations = rows.map(([code, title]) => ({ code, title, family: familyOf(code) }));
  const titleTexts = rows.map(([code, title]) => [title, ...(curatedOccupationTitles[code] ?? [])]);
  const dutyTerms = rows.map(([, title, description]) => [...titleTerms(title), ...toTerms(description)]);
  const df = new Map<string, number>();
  rows.forEach((_, index) => {
    for (const term of new Set([...(dutyTerms[index] ?? []), ...(titleTexts[index] ?? []).flatMap(titleTerms)])) df.set(term, (df.get(term) ?? 0) + 1);
  });
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log((rows.length + 1) / (count + 1)) + 1);
  const unseen = Math.log(rows.length + 1) + 1;
  const titleVectors: SparseVector[] = [];
  const titleOwner: number[] = [];
  titleTexts.forEach((texts, index) => {
    for (const text of texts) {
      titleVectors.push(weigh(titleTerms(text), idf, unseen));
      titleOwner.push(index);
    }
  });
  const dutyVectors = dutyTerms.map((terms) => weigh(terms, idf, unseen));
  return { occupations, idf, unseen, titles: indexVectors(titleVectors, titleOwner), duties: indexVectors(dutyVectors, rows.map((_, index) => index)) };
}

export function readOccupationRows(path: string = occupationsPath): [string, string, string][] {
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, 'utf8')) as { occupations: [string, string, string][] }).occupations;
}

// Process-wide immutable data (as the IDF table): the shipped occupations, indexed once on first use, never changed.
let cached: OccupationIndex | undefined;

export function loadOccupationIndex(): OccupationIndex {
  cached ??= buildOccupationIndex(readOccupationRows());
  return cached;
}

/** Cosine of a query with every occupation it shares a term with (the best title variant of each). */
function scoreAgainst(index: VectorIndex, query: SparseVector): Map<number, number> {
  // A dense array and the list of documents touched: a resume's duties meet most occupations, where a Map per call is slow.
  const byDoc = new Float64Array(index.owner.length);
  const touched: number[] = [];
  for (const [term, weight] of query) {
    for (const posting of index.postings.get(term) ?? []) {
      if (byDoc[posting.doc] === 0) touched.push(posting.doc);
      byDoc[posting.doc] = (byDoc[posting.doc] ?? 0) + weight * posting.weight;
    }
  }
  const byOccupation = new Map<number, number>();
  for (const doc of touched) {
    const owner = index.owner[doc] ?? doc;
    byOccupation.set(owner, Math.max(byOccupation.get(owner) ?? 0, byDoc[doc] ?? 0));
  }
  return byOccupation;
}

export type WeightedTitle = { text: string; weight: number };
export type OccupationShare = { occupation: Occupation; share: number; score: number };

/** How many occupations a distribution keeps. */
const kept = 5;

/**
 * The occupations a set of titles (each weighted, most recent first) and a duties text point to, as shares summing to
 * 1 (the best few, sharpened so a clear winner takes most). Titles say more than duties when there are any.
 */
export function inferOccupations(index: OccupationIndex, titles: readonly WeightedTitle[], duties: string): OccupationShare[] {
  const combined = new Map<number, number>();
  const usable = titles.filter((title) => title.weight > 0 && titleTerms(title.text).length > 0);
  const titleWeight = usable.length > 0 ? 0.6 : 0;
  const totalWeight = usable.reduce((sum, title) => sum + title.weight, 0);
  for (const title of usable) {
    for (const [occupation, score] of scoreAgainst(index.titles, weigh(titleTerms(title.text), index.idf, index.unseen))) {
      combined.set(occupation, (combined.get(occupation) ?? 0) + (titleWeight * title.weight * score) / totalWeight);
    }
  }
  if (duties.trim()) {
    for (const [occupation, score] of scoreAgainst(index.duties, weigh(toTerms(duties), index.idf, index.unseen))) {
      combined.set(occupation, (combined.get(occupation) ?? 0) + (1 - titleWeight) * score);
    }
  }
  const best = [...combined]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, kept)
    .filter(([, score]) => score > 0);
  const sharpened = best.map(([occupation, score]) => ({ occupation, score, mass: score ** 3 }));
  const total = sharpened.reduce((sum, item) => sum + item.mass, 0);
  return sharpened.flatMap(({ occupation, score, mass }) => {
    const found = index.occupations[occupation];
    return found ? [{ occupation: found, share: mass / total, score }] : [];
  });
}

/** How near two occupations are: the same one, a sibling (same broad group), the same family, the same major group. */
export function occupationKinship(a: Occupation, b: Occupation): number {
  if (a.code === b.code) return 1;
  if (a.code.slice(0, 6) === b.code.slice(0, 6)) return 0.8;
  if (a.family === b.family) return 0.6;
  if (a.family.slice(0, 2) === b.family.slice(0, 2)) return 0.1;
  return 0;
}

/** Expected kinship between the job's and the resume's occupations (0–1), and the pair that adds most to it. */
export function compareOccupations(job: readonly OccupationShare[], resume: readonly OccupationShare[]): { value: number; best?: { job: Occupation; resume: Occupation } } {
  let value = 0;
  let best: { job: Occupation; resume: Occupation; part: number } | undefined;
  for (const a of job) {
    for (const b of resume) {
      const part = a.share * b.share * occupationKinship(a.occupation, b.occupation);
      value += part;
      if (part > (best?.part ?? 0)) best = { job: a.occupation, resume: b.occupation, part };
    }
  }
  return { value, best: best ? { job: best.job, resume: best.resume } : undefined };
}

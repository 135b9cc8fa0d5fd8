import type { Caller } from '#server/platform/access/index.ts';
import { matchComponentNames, type MatchComponentName } from '#shared/ai/match.ts';
import type { RankingQuery } from '#shared/contracts/hiring.ts';
import { candidateLabel } from '#shared/hiring/candidate-label.ts';
import { neutraliseFormula, toCsv as writeCsv } from '#shared/csv.ts';
import { listAllCandidates, type RankedCandidate } from '#server/modules/hiring/candidates/candidates.service.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';

/** The score's parts as a recruiter reads them, one column each (0–100: how far the CV meets that part). */
const componentHeaders: Record<MatchComponentName, string> = {
  mustHave: 'Must-have skills (%)',
  niceToHave: 'Nice-to-have skills (%)',
  experience: 'Experience asked (%)',
  education: 'Degree (%)',
  recency: 'Recent use (%)',
  titleFit: 'Job title fit (%)',
  occupationFit: 'Occupation fit (%)',
  textSimilarity: 'Wording similarity (%)',
};

const headers = [
  'Rank',
  'Candidate',
  'File',
  'Score',
  'Recommendation',
  'Status',
  'Years of experience',
  ...matchComponentNames.map((name) => componentHeaders[name]),
  'Matched skills',
  'Missing skills',
  'Additional skills',
];

type Cell = string | number;

function cellsOf({ row, components, yearsOfExperience }: RankedCandidate, index: number): Cell[] {
  // A part that did not apply to this job (no degree asked) is left empty rather than shown as 0.
  const parts = matchComponentNames.map((name) => {
    const part = components.find((component) => component.name === name);
    return part && part.weight > 0 ? Math.round(part.value * 100) : '';
  });
  return [
    index + 1,
    candidateLabel(row),
    row.fileName ?? '',
    row.score,
    row.recommendation ?? '',
    row.status,
    yearsOfExperience ?? '',
    ...parts,
    row.matched.join('; '),
    row.missing.join('; '),
    row.additional.join('; '),
  ];
}

export function toCsv(candidates: readonly RankedCandidate[]): string {
  return writeCsv([headers, ...candidates.map(cellsOf)]);
}

export async function toXlsx(candidates: readonly RankedCandidate[]): Promise<Buffer> {
  // Loaded on the first spreadsheet export, not at start (decision 055: ~11 MB and most of a second of start-up).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ranking');
  sheet.addRow(headers).font = { bold: true };
  for (const [index, candidate] of candidates.entries()) sheet.addRow(cellsOf(candidate, index).map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)));
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "Senior Accountant (Portland)" on 7 December 2026 → senior-accountant-portland-candidates-2026-12-07.csv */
export function exportFileName(jobTitle: string, date: Date, format: 'csv' | 'xlsx'): string {
  const slug =
    jobTitle
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'job';
  return `${slug}-candidates-${date.toISOString().slice(0, 10)}.${format}`;
}

/** The whole ranking as the caller sees it: every candidate, with the same filters, order and blind mode as the list. */
export async function exportRanking(deps: HiringDeps, caller: Caller, jobId: string, query: RankingQuery, format: 'csv' | 'xlsx') {
  const { jobTitle, candidates } = await listAllCandidates(deps, caller, jobId, query);
  const fileName = exportFileName(jobTitle, deps.now(), format);
  return format === 'csv'
    ? { fileName, body: toCsv(candidates), type: 'text/csv; charset=utf-8' }
    : { fileName, body: await toXlsx(candidates), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}

import ExcelJS from 'exceljs';
import type { Caller } from '#server/platform/access/index.ts';
import type { CandidateRow, RankingQuery } from '#shared/contracts/hiring.ts';
import { listAllCandidates } from '#server/modules/hiring/candidates/candidates.service.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';

const headers = ['Rank', 'Candidate ID', 'Name', 'File', 'Score', 'Recommendation', 'Status', 'Matched skills', 'Missing skills', 'Additional skills'];

function cellsOf(row: CandidateRow, index: number): (string | number)[] {
  return [index + 1, row.id, row.name ?? '', row.fileName ?? '', row.score, row.recommendation ?? '', row.status, row.matched.join('; '), row.missing.join('; '), row.additional.join('; ')];
}

/** Spreadsheet programs run cells that start with these as formulas; a leading quote keeps them text. */
function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = neutralise(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly CandidateRow[]): string {
  const lines = [headers, ...rows.map(cellsOf)].map((cells) => cells.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export async function toXlsx(rows: readonly CandidateRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ranking');
  sheet.addRow(headers).font = { bold: true };
  for (const [index, row] of rows.entries()) sheet.addRow(cellsOf(row, index).map((cell) => (typeof cell === 'string' ? neutralise(cell) : cell)));
  sheet.columns.forEach((column) => (column.width = 20));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The whole ranking as the caller sees it: every candidate, with the same filters, order and blind mode as the list. */
export async function exportRanking(deps: HiringDeps, caller: Caller, jobId: string, query: RankingQuery, format: 'csv' | 'xlsx') {
  const rows = await listAllCandidates(deps, caller, jobId, query);
  return format === 'csv' ? { body: toCsv(rows), type: 'text/csv; charset=utf-8' } : { body: await toXlsx(rows), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}

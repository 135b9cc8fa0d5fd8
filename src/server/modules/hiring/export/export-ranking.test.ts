import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import { toCsv, toXlsx } from './export-ranking.ts';

const row = (overrides: Partial<CandidateRow>): CandidateRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Maya Chen',
  fileName: 'maya.pdf',
  score: 91,
  recommendation: 'Strong Hire',
  matched: ['Go', 'Kafka'],
  missing: [],
  additional: ['React'],
  status: 'new',
  statusReason: null,
  masked: false,
  ...overrides,
});

describe('ranking export', () => {
  it('writes CSV with quoting and neutralised formulas', () => {
    const csv = toCsv([row({}), row({ name: '=HYPERLINK("x")', fileName: 'a,b.pdf', score: 40, recommendation: 'Pass' })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Rank,Candidate ID,Name,File,Score,Recommendation,Status,Matched skills,Missing skills,Additional skills');
    expect(lines[1]).toBe('1,00000000-0000-4000-8000-000000000001,Maya Chen,maya.pdf,91,Strong Hire,new,Go; Kafka,,React');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")","a,b.pdf",40,Pass`);
  });

  it('writes an Excel sheet with one row per candidate', async () => {
    const workbook = new ExcelJS.Workbook();
    const file = await toXlsx([row({}), row({ name: null, fileName: null, score: 10 })]);
    await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Ranking')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(3).value).toBe('Maya Chen');
    expect(sheet.getRow(3).getCell(3).value).toBe('');
    expect(sheet.getRow(3).getCell(5).value).toBe(10);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import type { RankedCandidate } from '#server/modules/hiring/candidates/candidates.service.ts';
import { exportFileName, toCsv, toXlsx } from './export-ranking.ts';

const candidate = (overrides: Partial<CandidateRow>, yearsOfExperience: number | null = 7): RankedCandidate => ({
  row: {
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
  },
  components: [
    { name: 'mustHave', value: 1, weight: 0.5, detail: '' },
    { name: 'niceToHave', value: 0.5, weight: 0.1, detail: '' },
    { name: 'education', value: 0, weight: 0, detail: '' },
    { name: 'textSimilarity', value: 0.624, weight: 0.2, detail: '' },
  ],
  yearsOfExperience,
});

describe('ranking export', () => {
  it('writes CSV with the score parts, the years, quoting and neutralised formulas', () => {
    const csv = toCsv([candidate({}), candidate({ name: '=HYPERLINK("x")', fileName: 'a,b.pdf', score: 40, recommendation: 'Pass', matched: ['+SUM(A1)'] }, null)]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Rank,Candidate,File,Score,Recommendation,Status,Years of experience,Must-have skills (%),Nice-to-have skills (%),Experience asked (%),Degree (%),Recent use (%),Job title fit (%),Occupation fit (%),Wording similarity (%),Matched skills,Missing skills,Additional skills',
    );
    // A part that did not apply (the degree here) is empty, not 0.
    expect(lines[1]).toBe('1,Maya Chen,maya.pdf,91,Strong Hire,new,7,100,50,,,,,,62,Go; Kafka,,React');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")","a,b.pdf",40,Pass,new,,`);
    expect(lines[2]).toContain(",'+SUM(A1),");
  });

  it('writes an Excel sheet with one row per candidate and formulas neutralised', async () => {
    const workbook = new ExcelJS.Workbook();
    const file = await toXlsx([candidate({}), candidate({ name: null, fileName: null, score: 10, additional: ['@cmd'] })]);
    await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Ranking')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(2).value).toBe('Maya Chen');
    expect(sheet.getRow(3).getCell(2).value).toBe('Name not found');
    expect(sheet.getRow(3).getCell(4).value).toBe(10);
    expect(sheet.getRow(2).getCell(7).value).toBe(7);
    expect(sheet.getRow(3).getCell(18).value).toBe("'@cmd");
  });

  it('names the file after the job and the date', () => {
    const date = new Date('2026-12-07T09:30:00Z');
    expect(exportFileName('Senior Accountant (Portland)', date, 'csv')).toBe('senior-accountant-portland-candidates-2026-12-07.csv');
    expect(exportFileName('Café Manager', date, 'xlsx')).toBe('cafe-manager-candidates-2026-12-07.xlsx');
    expect(exportFileName('***', date, 'csv')).toBe('job-candidates-2026-12-07.csv');
  });
});

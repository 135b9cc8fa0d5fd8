import { describe, expect, it } from 'vitest';
import { analyticsCsv, csvFileName } from './analytics-table.ts';

describe('analytics CSV', () => {
  it('writes the headings and one line per row, empty cells for missing figures', () => {
    const rows = [
      { day: '2030-03-10', screened: 2, hours: null },
      { day: '2030-03-11', screened: 1, hours: 6.5 },
    ];
    const csv = analyticsCsv(
      [
        { label: 'Day', value: (row: (typeof rows)[number]) => row.day },
        { label: 'Screened', value: (row) => row.screened },
        { label: 'Median hours', value: (row) => row.hours },
      ],
      rows,
    );
    expect(csv).toBe('Day,Screened,Median hours\r\n2030-03-10,2,\r\n2030-03-11,1,6.5\r\n');
    expect(csvFileName('sign-ups', { from: '2030-03-10', to: '2030-03-13' })).toBe('sign-ups-2030-03-10-to-2030-03-13.csv');
  });
});

import { describe, expect, it } from 'vitest';
import { repairText } from './repair-text.ts';

describe('repairText', () => {
  it('turns mis-encoded dashes into a padded dash of the same length', () => {
    const text = 'Company Name â€“ City , State\nAcme ï¼\u200b Dallas';
    const repaired = repairText(text);
    expect(repaired).toHaveLength(text.length);
    expect(repaired.split('\n')[0]?.replace(/\s+/g, ' ')).toBe('Company Name – City , State');
    expect(repaired.split('\n')[1]?.replace(/\s+/g, ' ')).toBe('Acme – Dallas');
  });

  it('gives a resume pasted as one long line its line breaks back at runs of spaces, keeping offsets', () => {
    const text = `JANE DOE  Email: jane@example.com  EXPERIENCE  Audit Manager, KPMG, Mumbai  Apr 2019 – Present  ${'Led statutory audits of listed clients. '.repeat(6)} EDUCATION  B.Com, Loyola College, 2012`;
    const repaired = repairText(text);
    expect(repaired).toHaveLength(text.length);
    expect(repaired.split('\n').map((line) => line.trim())).toContain('EXPERIENCE');
    expect(repaired.split('\n').map((line) => line.trim())).toContain('Apr 2019 – Present');
  });

  it('leaves ordinary text alone, spaced columns included', () => {
    const text = 'Senior Accountant  Jan 2010 to Current\nAcme Corp – Dallas, TX';
    expect(repairText(text)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { repairMojibake } from './repair-mojibake.ts';

describe('repairMojibake', () => {
  it.each([
    ['Company Name ï¼ City , State', 'Company Name – City , State'],
    ['Company Name ï¼\u008d City , State', 'Company Name – City , State'],
    ['Staff Accountant â€“ Columbus, OH', 'Staff Accountant – Columbus, OH'],
    ['Bachelorâ€™s degree â€” Accounting', 'Bachelor’s degree — Accounting'],
    ['CafÃ© Ren\u00c3\u00a9', 'Café René'],
    ['â€¢ Reconciled accounts', '• Reconciled accounts'],
  ])('repairs %j', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  it.each(['Café René – Zürich', 'Senior Accountant, 5+ years', 'Ã', 'naïve façade', 'Â'])('leaves correct text alone: %j', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('keeps every offset with keepLength: each repair is padded with spaces to the length it replaces', () => {
    const text = 'Staff Accountant â€“ Columbus ï¼\u008d OH â€¢ CafÃ©';
    const repaired = repairMojibake(text, { keepLength: true });
    expect(repaired).toHaveLength(text.length);
    expect(repaired.replace(/\s+/g, ' ')).toBe('Staff Accountant – Columbus – OH • Café ');
    expect(repaired.indexOf('Columbus')).toBe(text.indexOf('Columbus'));
  });
});

import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.ts';

describe('attachmentDisposition', () => {
  it('gives a plain name as is, twice', () => {
    expect(attachmentDisposition('data-analyst.pdf')).toBe(`attachment; filename="data-analyst.pdf"; filename*=UTF-8''data-analyst.pdf`);
  });

  it('keeps the exact name percent-encoded and an ASCII fallback for old clients', () => {
    expect(attachmentDisposition('Zoë Müller CV.docx')).toBe(`attachment; filename="Zo_ M_ller CV.docx"; filename*=UTF-8''Zo%C3%AB%20M%C3%BCller%20CV.docx`);
  });

  it('cannot be broken out of: quotes, separators, paths and line breaks are neutralised', () => {
    const header = attachmentDisposition('..\\..\\evil"; filename=x.exe\r\nSet-Cookie: a=b.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[^\s"';]+$/);
    expect(header).not.toContain('..');
    expect(attachmentDisposition('')).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
  });
});

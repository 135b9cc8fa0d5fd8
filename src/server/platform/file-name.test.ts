import { describe, expect, it } from 'vitest';
import { cleanFileName } from './file-name.ts';

describe('cleanFileName', () => {
  it('keeps only the last part of a path, without control characters, at most 255 characters', () => {
    const clean = (raw: string) => cleanFileName(raw, { fallback: 'cv' });
    expect(clean('C:\\fakepath\\My CV.pdf')).toBe('My CV.pdf');
    expect(clean('../../etc/passwd')).toBe('passwd');
    expect(clean('cv\u0000\n.pdf')).toBe('cv.pdf');
    expect(clean('   ')).toBe('cv');
    expect(clean(`${'a'.repeat(300)}.pdf`)).toHaveLength(255);
  });

  it('keeps the folders of an archive entry when asked, still without control characters', () => {
    const clean = (raw: string) => cleanFileName(raw, { fallback: 'unnamed', keepFolders: true });
    expect(clean('cvs/ada.txt')).toBe('cvs/ada.txt');
    expect(clean('../../evil.txt')).toBe('../../evil.txt');
    expect(clean('cvs/\u0007ada.txt ')).toBe('cvs/ada.txt');
    expect(clean('\n')).toBe('unnamed');
  });
});

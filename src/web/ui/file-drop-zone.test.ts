import { describe, expect, it } from 'vitest';
import { describeAccept, isAccepted } from './file-drop-zone.tsx';

const cvs = '.pdf,.docx,.txt,.zip,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,application/zip';

describe('the drop zone keeps only the kinds of file it accepts', () => {
  it('refuses a picture and keeps CVs, by name or by type', () => {
    expect(isAccepted({ name: 'photo.png', type: 'image/png' }, cvs)).toBe(false);
    expect(isAccepted({ name: 'Scan 2024.JPG', type: '' }, cvs)).toBe(false);
    expect(isAccepted({ name: 'Maya Chen CV.PDF', type: '' }, cvs)).toBe(true);
    expect(isAccepted({ name: 'resume', type: 'application/pdf' }, cvs)).toBe(true);
    expect(isAccepted({ name: 'applicants.zip', type: 'application/x-zip-compressed' }, cvs)).toBe(true);
    expect(isAccepted({ name: 'avatar.webp', type: 'image/webp' }, 'image/*')).toBe(true);
  });

  it('names the accepted kinds for a person', () => {
    expect(describeAccept(cvs)).toBe('PDF, DOCX, TXT or ZIP');
    expect(describeAccept('.pdf')).toBe('PDF');
  });
});

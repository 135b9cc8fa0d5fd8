import { writeZip } from '#tests/support/zip-writer.ts';
import { hostile, type HostileFile } from './hostile-file.ts';
import { buildDocx, injectionDocx } from './docx.ts';
import { sampleCvLines, textPdf } from './pdf.ts';

const cvText = Buffer.from(sampleCvLines.join('\n'));

/**
 * Archives as an attacker builds them: bombs (tiny compressed, huge expanded; with honest or lying sizes; nested),
 * paths that climb out, links, thousands of entries, and hostile documents inside an innocent-looking archive.
 */
export function hostileZips(): HostileFile[] {
  const zip = (label: string, bytes: Buffer | string | (() => Buffer | string), fileName = 'cvs.zip') => hostile(label, fileName, 'application/zip', bytes);
  const zeros = () => Buffer.alloc(60 * 1024 * 1024);
  const bomb = () => writeZip([{ name: 'cv.txt', data: zeros() }]);
  const valid = writeZip([{ name: 'maria.txt', data: cvText }]);
  return [
    zip('empty ZIP file', Buffer.alloc(0)),
    zip('ZIP with no entries', writeZip([])),
    zip('truncated ZIP', valid.subarray(0, valid.length - 30)),
    zip('ZIP bomb: 60 MB of zeros in one entry', bomb),
    zip('ZIP bomb that lies about its size', () => writeZip([{ name: 'cv.txt', data: zeros(), declaredSize: 1000 }])),
    zip('ZIP bomb nested in a ZIP', () => writeZip([{ name: 'inner.zip', data: bomb(), compress: false }, { name: 'maria.txt', data: cvText }])),
    zip('ZIP whose entries climb out of the folder', writeZip([{ name: '../../etc/cron.d/evil.txt', data: cvText }, { name: '/tmp/absolute.txt', data: cvText }])),
    zip('ZIP with a symbolic link', writeZip([{ name: 'passwd.txt', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }])),
    zip('ZIP with 5 000 entries', () => writeZip(Array.from({ length: 5000 }, (_, index) => ({ name: `cv-${index}.txt`, data: cvText })))),
    zip('ZIP with a PDF, an injection DOCX and a DOCX without text', writeZip([{ name: 'bomb.pdf', data: textPdf([sampleCvLines]) }, { name: 'injection.docx', data: injectionDocx() }, { name: 'ok.docx', data: buildDocx('<w:document/>') }])),
    zip('PDF named .zip', textPdf([sampleCvLines]), 'cvs.zip'),
  ];
}

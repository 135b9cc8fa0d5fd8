import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { writeZip } from '#tests/support/zip-writer.ts';
import { expandZip } from './expand-zip.ts';
import type { UploadItem } from './upload-item.ts';

const limits = { maxFiles: 50, maxFileBytes: 1024 * 1024, maxTotalBytes: 8 * 1024 * 1024 };
const expand = (zip: Buffer) => expandZip('cvs.zip', zip, limits, { bytes: 0 });
const summary = (items: UploadItem[]) => items.map((item) => ('rejected' in item ? `${item.name}:${item.rejected.code}` : `${item.name}:ok`));

describe('expandZip', () => {
  it('extracts files and skips folders, __MACOSX and dotfiles', async () => {
    const zip = writeZip([
      { name: 'cvs/', data: Buffer.alloc(0) },
      { name: 'cvs/ada.txt', data: Buffer.from('Ada Lovelace\nMathematician') },
      { name: 'grace.txt', data: Buffer.from('Grace Hopper'), compress: false },
      { name: '__MACOSX/cvs/._ada.txt', data: Buffer.from('junk') },
      { name: '.DS_Store', data: Buffer.from('junk') },
    ]);
    const items = await expand(zip);
    expect(summary(items)).toEqual(['cvs/ada.txt:ok', 'grace.txt:ok']);
    expect(items[0] && 'bytes' in items[0] ? items[0].bytes.toString() : '').toBe('Ada Lovelace\nMathematician');
  });

  it('rejects path traversal, absolute paths and symlinks entry by entry, and keeps the rest', async () => {
    const zip = writeZip([
      { name: '../../evil.txt', data: Buffer.from('owned') },
      { name: '/etc/cron.d/evil', data: Buffer.from('owned') },
      { name: 'C:\\Windows\\evil.txt', data: Buffer.from('owned') },
      { name: 'link.txt', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 },
      { name: 'fine.txt', data: Buffer.from('a real CV') },
    ]);
    expect(summary(await expand(zip))).toEqual([
      '../../evil.txt:unsafe_path',
      '/etc/cron.d/evil:unsafe_path',
      'C:\\Windows\\evil.txt:unsafe_path',
      'link.txt:unsafe_path',
      'fine.txt:ok',
    ]);
  });

  it('does not open archives inside the archive', async () => {
    const inner = writeZip([{ name: 'inner.txt', data: Buffer.from('hidden') }]);
    const zip = writeZip([
      { name: 'inner.zip', data: inner },
      { name: 'renamed.pdf', data: inner },
    ]);
    expect(summary(await expand(zip))).toEqual(['inner.zip:nested_archive', 'renamed.pdf:nested_archive']);
  });

  it('rejects a ZIP bomb by its compression ratio before inflating it', async () => {
    const zip = writeZip([{ name: 'bomb.txt', data: Buffer.alloc(5 * 1024 * 1024) }]);
    expect(zip.length).toBeLessThan(20_000);
    await expect(expand(zip)).rejects.toMatchObject({ code: 'payload_too_large', details: { reason: 'zip_bomb' } });
  });

  it('rejects an entry that inflates to more than it declares', async () => {
    const zip = writeZip([{ name: 'liar.txt', data: Buffer.alloc(600 * 1024, 'a'), declaredSize: 1000 }]);
    await expect(expand(zip)).rejects.toMatchObject({ details: { reason: 'zip_bomb' } });
  });

  it('rejects an archive whose entries add up to more than the batch allows', async () => {
    const entries = Array.from({ length: 9 }, (_, index) => ({ name: `cv-${index}.txt`, data: randomBytes(1000 * 1024), compress: false }));
    await expect(expand(writeZip(entries))).rejects.toMatchObject({ code: 'payload_too_large' });
  });

  it('reports a single over-size file and reads the others', async () => {
    const zip = writeZip([
      { name: 'huge.pdf', data: randomBytes(limits.maxFileBytes + 10), compress: false },
      { name: 'small.txt', data: Buffer.from('ok') },
    ]);
    expect(summary(await expand(zip))).toEqual(['huge.pdf:too_large', 'small.txt:ok']);
  });

  it('reports a damaged archive as unreadable', async () => {
    expect(summary(await expand(Buffer.from('PK\u0003\u0004 not really a zip')))).toEqual(['cvs.zip:unreadable_archive']);
  });
});

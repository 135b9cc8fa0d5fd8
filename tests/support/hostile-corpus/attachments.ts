import { writeZip } from '#tests/support/zip-writer.ts';
import { hostile, type HostileFile } from './hostile-file.ts';

/** Support attachments that pretend to be pictures: scripts, markup and archives with an image's name or header. */
export function hostileAttachments(): HostileFile[] {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return [
    hostile('empty attachment', 'screenshot.png', 'image/png', Buffer.alloc(0)),
    hostile('SVG with a script', 'screenshot.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>'),
    hostile('HTML named .png', 'screenshot.png', 'image/png', '<!doctype html><script>alert(document.cookie)</script>'),
    hostile('PNG signature followed by HTML (polyglot)', 'screenshot.png', 'image/png', Buffer.concat([png, Buffer.from('<html><script>alert(1)</script></html>')])),
    hostile('ZIP named .jpg', 'photo.jpg', 'image/jpeg', writeZip([{ name: 'a.txt', data: Buffer.from('x') }])),
    hostile('executable named .gif', 'funny.gif', 'image/gif', Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(4000)])),
    hostile('attachment over the size limit', 'huge.png', 'image/png', () => Buffer.concat([png, Buffer.alloc(11 * 1024 * 1024)])),
  ];
}

import { hostile, type HostileFile } from './hostile-file.ts';

/** A WAV header that claims `dataBytes` of 16-bit mono 16 kHz samples, followed by only `actualBytes` of them. */
function wav(dataBytes: number, actualBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(16_000, 24);
  header.writeUInt32LE(32_000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(dataBytes, 40);
  return Buffer.concat([header, Buffer.alloc(actualBytes)]);
}

/** Recordings that are not what they say: empty, cut short, lying headers, other files in disguise, far too long. */
export function hostileAudio(): HostileFile[] {
  const audio = (label: string, bytes: Buffer | string | (() => Buffer | string), fileName = 'answer.webm', mimeType = 'audio/webm') => hostile(label, fileName, mimeType, bytes);
  return [
    audio('empty recording', Buffer.alloc(0)),
    audio('EBML header only', Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d])),
    audio('random bytes labelled WebM', Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))),
    audio('WAV header claiming 4 GB of samples', wav(0xffff_ff00, 3200), 'answer.wav', 'audio/wav'),
    audio('WAV with a zero-length data chunk', wav(0, 0), 'answer.wav', 'audio/wav'),
    audio('PDF named .webm', '%PDF-1.7\n1 0 obj << >> endobj\n'),
    audio('HTML with script labelled audio', '<html><script>alert(1)</script></html>'),
    audio('recording over the size limit', () => Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(30 * 1024 * 1024, 1)])),
  ];
}

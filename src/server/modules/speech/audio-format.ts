/** A container both providers accept, recognised from the file's first bytes (never from a name or a declared type). */
export type AudioFormat = { kind: 'webm' | 'matroska' | 'ogg' | 'wav' | 'mp3' | 'mp4' | 'flac'; mimeType: string; extension: string };

const formats = {
  webm: { kind: 'webm', mimeType: 'audio/webm', extension: 'webm' },
  matroska: { kind: 'matroska', mimeType: 'audio/x-matroska', extension: 'mka' },
  ogg: { kind: 'ogg', mimeType: 'audio/ogg', extension: 'ogg' },
  wav: { kind: 'wav', mimeType: 'audio/wav', extension: 'wav' },
  mp3: { kind: 'mp3', mimeType: 'audio/mpeg', extension: 'mp3' },
  mp4: { kind: 'mp4', mimeType: 'audio/mp4', extension: 'm4a' },
  flac: { kind: 'flac', mimeType: 'audio/flac', extension: 'flac' },
} as const satisfies Record<AudioFormat['kind'], AudioFormat>;

export const acceptedAudioDescription = 'WebM, Ogg, WAV, MP3, MP4/M4A or FLAC';

function startsWith(bytes: Uint8Array, ascii: string, at = 0): boolean {
  if (bytes.length < at + ascii.length) return false;
  for (let i = 0; i < ascii.length; i += 1) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** EBML files are WebM when the header's DocType says so (within the first few dozen bytes), else Matroska. */
function ebmlFormat(bytes: Uint8Array): AudioFormat {
  const header = Buffer.from(bytes.subarray(0, 64)).toString('latin1');
  return header.includes('webm') ? formats.webm : formats.matroska;
}

/** An MPEG audio frame header: 11 sync bits, a defined version and layer (layer bits 00 would be AAC/ADTS, not MP3). */
function isMpegFrame(bytes: Uint8Array): boolean {
  const [first, second] = [bytes[0] ?? 0, bytes[1] ?? 0];
  return first === 0xff && (second & 0xe0) === 0xe0 && ((second >> 3) & 0x03) !== 0x01 && ((second >> 1) & 0x03) !== 0x00;
}

/** ISO media (`ftyp` box) with an audio or general MP4 brand; HEIF/AVIF images use the same box with other brands. */
function isAudioMp4(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, 'ftyp', 4) || bytes.length < 12) return false;
  return /^(M4A |M4B |mp4[12]|iso[2-9m]|dash|3gp\d)$/.test(Buffer.from(bytes.subarray(8, 12)).toString('latin1'));
}

export function sniffAudioFormat(bytes: Uint8Array): AudioFormat | undefined {
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return ebmlFormat(bytes);
  if (startsWith(bytes, 'OggS')) return formats.ogg;
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WAVE', 8)) return formats.wav;
  if (startsWith(bytes, 'fLaC')) return formats.flac;
  if (startsWith(bytes, 'ID3') || isMpegFrame(bytes)) return formats.mp3;
  if (isAudioMp4(bytes)) return formats.mp4;
  return undefined;
}

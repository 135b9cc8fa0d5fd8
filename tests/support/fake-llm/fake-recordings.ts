import { createHash } from 'node:crypto';

/** What a fake speech provider "hears": the transcript and length of each recording it knows, by SHA-256 of its bytes. */
export type KnownRecording = { text: string; seconds: number };
export type KnownRecordings = Readonly<Record<string, KnownRecording>>;

export type AudioContainer = 'wav' | 'ogg' | 'webm' | 'mp3' | 'mp4' | 'flac';

/** The container by its magic bytes, written apart from Parley's own sniffing so the fake does not share its bugs. */
export function containerOf(bytes: Buffer): AudioContainer | undefined {
  const ascii = (from: number, to: number) => bytes.subarray(from, to).toString('latin1');
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
  if (ascii(0, 4) === 'OggS') return 'ogg';
  if (bytes.readUInt32BE(0) === 0x1a45dfa3) return 'webm';
  if (ascii(0, 4) === 'fLaC') return 'flac';
  if (ascii(0, 3) === 'ID3') return 'mp3';
  if (ascii(4, 8) === 'ftyp') return 'mp4';
  return undefined;
}

/** The recording these bytes are, or why the fake cannot say (so a test sending the wrong bytes fails loudly). */
export function recognise(bytes: Buffer, known: KnownRecordings): { recording: KnownRecording; sha256: string } | { problem: string } {
  if (bytes.length < 12 || !containerOf(bytes)) return { problem: 'the body is not audio in a container this provider reads' };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const recording = known[sha256];
  return recording ? { recording, sha256 } : { problem: `the fake knows no recording with sha256 ${sha256}` };
}

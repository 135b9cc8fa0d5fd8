import { describe, expect, it } from 'vitest';
import { readAudioFixture } from '#tests/support/audio-fixtures.ts';
import { sniffAudioFormat } from './audio-format.ts';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('sniffAudioFormat', () => {
  it('recognises the committed recordings by their bytes', () => {
    expect(sniffAudioFormat(readAudioFixture('answer.wav'))?.kind).toBe('wav');
    expect(sniffAudioFormat(readAudioFixture('answer.ogg'))?.kind).toBe('ogg');
    expect(sniffAudioFormat(readAudioFixture('answer.webm'))).toEqual({ kind: 'webm', mimeType: 'audio/webm', extension: 'webm' });
  });

  it('tells WebM from other Matroska files by the DocType', () => {
    const matroska = bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska');
    expect(sniffAudioFormat(matroska)?.kind).toBe('matroska');
  });

  it('recognises MP3 (ID3 tag or a bare frame), M4A, MP4 and FLAC headers', () => {
    expect(sniffAudioFormat(bytes('ID3', [4, 0, 0, 0, 0, 0, 0]))?.mimeType).toBe('audio/mpeg');
    expect(sniffAudioFormat(bytes([0xff, 0xfb, 0x90, 0x64]))?.kind).toBe('mp3');
    expect(sniffAudioFormat(bytes([0, 0, 0, 0x20], 'ftypM4A ', [0, 0, 0, 0]))?.extension).toBe('m4a');
    expect(sniffAudioFormat(bytes([0, 0, 0, 0x1c], 'ftypisom', [0, 0, 2, 0]))?.kind).toBe('mp4');
    expect(sniffAudioFormat(bytes('fLaC', [0, 0, 0, 0x22]))?.kind).toBe('flac');
  });

  it('refuses what only looks close: text, PDF, PNG, HEIF images, AAC/ADTS frames, a RIFF that is not WAVE', () => {
    for (const sample of [
      bytes('Hello, this is my answer.'),
      bytes('%PDF-1.7\n'),
      bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]),
      bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]),
      bytes([0xff, 0xf1, 0x50, 0x80]),
      bytes('RIFF', [0, 0, 0, 0], 'AVI LIST'),
      bytes([]),
    ]) {
      expect(sniffAudioFormat(sample)).toBeUndefined();
    }
  });
});
